//! 互动交流 message boards (领导信箱 / 县长信箱) and 办事指南 pages.

use crate::layout::{Head, SiteInfo, esc_attr, page};
use crate::site::{SiteMap, as_of};
use chrono::NaiveDate;

/// One message on a board.
#[derive(Clone, Debug)]
pub(crate) struct Message {
    pub id: u32,
    pub title: &'static str,
    pub asked: NaiveDate,
    /// When the answer was published; shown only from that date on.
    pub answered: Option<NaiveDate>,
    pub question: &'static str,
    pub answer: &'static str,
}

/// A message board: list page at `list_path` (ending in `/`), one detail
/// page per message at `<list_path>detail.jsp?id=N`.
pub(crate) struct Board<'a> {
    pub name: &'static str,
    pub list_path: &'a str,
    pub replier: &'static str,
    pub parents: Vec<(String, String)>,
    pub messages: Vec<Message>,
}

pub(crate) fn detail_path(list_path: &str, id: u32) -> String {
    format!("{list_path}detail.jsp?id={id}")
}

impl Board<'_> {
    pub fn render(&self, site: &SiteInfo, m: usize, menu: &str, map: &mut SiteMap) {
        let limit = as_of(m);
        let mut msgs: Vec<&Message> = self.messages.iter().filter(|x| x.asked <= limit).collect();
        msgs.sort_by(|a, b| b.asked.cmp(&a.asked).then(b.id.cmp(&a.id)));
        let head = Head {
            title: format!("{} - {}", self.name, site.name),
            column: Some((self.name.to_string(), "咨询投诉".to_string())),
            ..Head::default()
        };
        let mut crumbs = vec![("/".to_string(), "首页".to_string())];
        crumbs.extend(self.parents.iter().cloned());
        crumbs.push((self.list_path.to_string(), self.name.to_string()));
        let mut rows = String::from(
            "<table class=\"xx_list\" width=\"100%\" border=\"0\" cellspacing=\"1\" cellpadding=\"4\">\n<tr><th>序号</th><th>留言主题</th><th>留言时间</th><th>答复时间</th><th>办理状态</th></tr>\n",
        );
        for (k, msg) in msgs.iter().enumerate() {
            let ans = msg.answered.filter(|d| *d <= limit);
            let (ans_date, state) = match ans {
                Some(d) => (
                    d.format("%Y-%m-%d").to_string(),
                    "<span class=\"yhf\">已回复</span>",
                ),
                None => (String::new(), "<span class=\"whf\">未回复</span>"),
            };
            rows.push_str(&format!(
                "<tr><td>{}</td><td><a href=\"detail.jsp?id={}\" title=\"{}\" target=\"_blank\">{}</a></td><td>{}</td><td>{ans_date}</td><td>{state}</td></tr>\n",
                k + 1,
                msg.id,
                esc_attr(msg.title),
                msg.title,
                msg.asked.format("%Y-%m-%d")
            ));
        }
        rows.push_str("</table>\n");
        let main = format!(
            "<div class=\"main\">{menu}<div class=\"right\"><div class=\"lm_title\"><span class=\"cjfw\">{}</span></div>\n<p class=\"tip\">来信须知：请如实填写个人信息，我们将在5个工作日内答复。<a href=\"{}write.jsp\">我要写信</a></p>\n{rows}</div></div>\n",
            self.name, self.list_path
        );
        site.add(map, self.list_path, page(site, &head, &crumbs, &main));
        map.exact_query(&format!("{}detail.jsp", self.list_path));
        let write = format!(
            "<div class=\"main\"><form action=\"{}write.jsp\" method=\"post\"><p>姓名：<input name=\"xm\"></p><p>标题：<input name=\"bt\"></p><p>内容：<textarea name=\"nr\"></textarea></p><p><input type=\"submit\" value=\"提交\"></p></form></div>\n",
            self.list_path
        );
        let whead = Head {
            title: format!("我要写信 - {}", site.name),
            ..Head::default()
        };
        site.add(
            map,
            &format!("{}write.jsp", self.list_path),
            page(site, &whead, &crumbs, &write),
        );
        for msg in msgs {
            let ans = msg.answered.filter(|d| *d <= limit);
            let (ad, atext) = match ans {
                Some(d) => (d.format("%Y-%m-%d").to_string(), msg.answer.to_string()),
                None => (String::new(), "暂未答复".to_string()),
            };
            let main = format!(
                "<div class=\"main\"><table class=\"xxxq\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\">\n<tr><th>留言标题</th><td>{}</td></tr>\n<tr><th>留言时间</th><td>{} 14:22</td></tr>\n<tr><th>留言内容</th><td>{}</td></tr>\n<tr><th>办理状态</th><td>{}</td></tr>\n<tr><th>答复单位</th><td>{}</td></tr>\n<tr><th>答复时间</th><td>{ad}</td></tr>\n<tr><th>答复内容</th><td>{atext}</td></tr>\n</table></div>\n",
                msg.title,
                msg.asked.format("%Y-%m-%d"),
                msg.question,
                if ans.is_some() {
                    "已回复"
                } else {
                    "未回复"
                },
                self.replier,
            );
            let dhead = Head {
                title: format!("{} - {}", msg.title, site.name),
                column: Some((self.name.to_string(), "咨询投诉".to_string())),
                ..Head::default()
            };
            site.add(
                map,
                &detail_path(self.list_path, msg.id),
                page(site, &dhead, &crumbs, &main),
            );
        }
    }
}

/// A 办事指南 page: a table of (element, value) rows.
pub(crate) struct Guide {
    pub path: String,
    pub title: &'static str,
    pub rows: Vec<(&'static str, &'static str)>,
}

/// The ten element rows of a complete guide, in the national order.
pub(crate) fn complete_rows(
    name: &'static str,
    basis: &'static str,
    place: &'static str,
    org: &'static str,
    phone: &'static str,
) -> Vec<(&'static str, &'static str)> {
    vec![
        ("事项名称", name),
        ("设定依据", basis),
        (
            "申请条件",
            "申请人为本县户籍居民或在本县依法登记的单位，材料齐全、符合法定形式。",
        ),
        (
            "办理材料",
            "1.申请表（原件1份）；2.申请人身份证明（复印件1份）；3.相关证明材料（原件1份）。",
        ),
        ("办理地点", place),
        ("办理机构", org),
        ("收费标准", "不收费"),
        (
            "办理时间",
            "工作日上午8:30-12:00，下午14:30-17:30（法定节假日除外）",
        ),
        ("办理时限", "法定办结时限20个工作日，承诺办结时限5个工作日"),
        ("联系电话", phone),
        ("办理流程", "申请→受理→审查→决定→送达"),
    ]
}

pub(crate) fn render_guide(
    site: &SiteInfo,
    g: &Guide,
    parents: &[(String, String)],
    map: &mut SiteMap,
) {
    let head = Head {
        title: format!("{} - {}", g.title, site.name),
        column: Some(("办事指南".into(), "办事服务".into())),
        ..Head::default()
    };
    let mut crumbs = vec![("/".to_string(), "首页".to_string())];
    crumbs.extend(parents.iter().cloned());
    let mut t = format!(
        "<div class=\"bszn\"><h1>{}</h1>\n<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" class=\"bszn_table\">\n",
        g.title
    );
    for (label, value) in &g.rows {
        t.push_str(&format!(
            "<tr><td class=\"bt\" width=\"20%\">{label}</td><td>{value}</td></tr>\n"
        ));
    }
    t.push_str("</table></div>\n");
    site.add(map, &g.path, page(site, &head, &crumbs, &t));
}
