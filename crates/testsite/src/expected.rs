//! What a correct inspection of the network finds, per portal and month,
//! as data: the end-to-end tests assert that the product finds exactly
//! these (as of the month's last day, see [`crate::as_of`]).
//!
//! The story over the quarter:
//! - `county-good` has nothing to report in any month (qualified, excellent).
//! - `county-gbk`: its 人事任免 column stays stale and the outdated name
//!   国土资源部 stays on one page: deductions only, qualified, not rectified.
//! - `dept-broken`: seven broken links in January; the missing image and
//!   the 500 are fixed in February, the footer link and the attachment in
//!   March; three persist (404 page, soft 404, redirect loop). Qualified.
//! - `dept-stale`: homepage not updated (veto) in January and February,
//!   rectified in March; 通知公告 due soon in January, stale in February,
//!   updated in March; 政策解读 blank and 规划计划 missing all quarter.
//! - `inst-words`: serious wording errors and a message unanswered for
//!   more than 90 days (vetoes) in January and February; in March the
//!   serious words are corrected and the message answered, leaving one
//!   general word and the incomplete guide: qualified in March.
//! - `inst-down`: unreachable all quarter.

use crate::portals::{broken, gbk, words};
use crate::site::month_index;

/// One finding a correct inspection reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    /// Portal id (`county-good`, …).
    pub portal: &'static str,
    /// The SPEC finding kind (`broken_link`, `stale_column`, …).
    pub kind: &'static str,
    /// Canonical column name for column kinds; the target's path (and
    /// query) for `broken_link`; the word as listed in `sensitive-words/`
    /// for `sensitive_word`; the page path for `service_guide_incomplete`
    /// and `unanswered_message` (the message's detail page); empty for
    /// `site_unreachable` and `stale_homepage`.
    pub key: String,
    /// For `sensitive_word`: the page path the word is on.
    pub page: Option<&'static str>,
    /// `latest_date` (`YYYY-MM-DD`) for stale_homepage, stale_column and
    /// column_due_soon.
    pub latest_date: Option<&'static str>,
    /// For broken_link: whether the link is on the homepage.
    pub on_homepage: Option<bool>,
    /// For broken_link: the error class (`http_status`, `soft_404`,
    /// `redirect_loop`); for service_guide_incomplete: empty.
    pub class: Option<&'static str>,
    /// For service_guide_incomplete: the missing elements, canonical names.
    pub missing_elements: &'static [&'static str],
    /// For unanswered_message: the date the message was asked.
    pub asked_on: Option<&'static str>,
    /// Why, in a few words.
    pub note: &'static str,
}

impl Expected {
    fn new(
        portal: &'static str,
        kind: &'static str,
        key: impl Into<String>,
        note: &'static str,
    ) -> Expected {
        Expected {
            portal,
            kind,
            key: key.into(),
            page: None,
            latest_date: None,
            on_homepage: None,
            class: None,
            missing_elements: &[],
            asked_on: None,
            note,
        }
    }

    fn latest(mut self, d: &'static str) -> Expected {
        self.latest_date = Some(d);
        self
    }

    fn link(mut self, on_homepage: bool, class: &'static str) -> Expected {
        self.on_homepage = Some(on_homepage);
        self.class = Some(class);
        self
    }

    fn on_page(mut self, page: &'static str) -> Expected {
        self.page = Some(page);
        self
    }
}

/// The findings for a month (`2024-01`, `2024-02`, `2024-03`), sorted by
/// portal, kind and key. An unsupported month has none.
pub fn expected(month: &str) -> Vec<Expected> {
    let Some(m) = month_index(month) else {
        return Vec::new();
    };
    let mut v = Vec::new();

    // county-gbk: every month.
    v.push(
        Expected::new(
            "county-gbk",
            "stale_column",
            "人事信息",
            "人事任免 last updated 2022-11-15 (personnel, 365 days)",
        )
        .latest("2022-11-15"),
    );
    v.push(
        Expected::new(
            "county-gbk",
            "sensitive_word",
            "国土资源部",
            "国土<span>资源部</span> split by a tag, page dated 2024-01-16 (general)",
        )
        .on_page(gbk::WORD_ARTICLE),
    );

    // dept-broken.
    let b = "dept-broken";
    v.push(
        Expected::new(
            b,
            "broken_link",
            "/zt/cy2023/",
            "专题 link to a deleted page: 404",
        )
        .link(true, "http_status"),
    );
    if m == 0 {
        v.push(
            Expected::new(
                b,
                "broken_link",
                "/picture/0/banner_2024.jpg",
                "homepage banner image missing: 404",
            )
            .link(true, "http_status"),
        );
        v.push(
            Expected::new(
                b,
                "broken_link",
                "/jtj/tjsj/query.jsp",
                "统计数据查询 answers 500",
            )
            .link(false, "http_status"),
        );
    }
    if m < 2 {
        v.push(
            Expected::new(
                b,
                "broken_link",
                "/wza/index.html",
                "无障碍浏览 in the footer of every page: 404",
            )
            .link(true, "http_status"),
        );
        v.push(
            Expected::new(
                b,
                "broken_link",
                broken::MISSING_PDF,
                "attachment missing: 404",
            )
            .link(false, "http_status"),
        );
    }
    v.push(
        Expected::new(
            b,
            "broken_link",
            "/art/2023/12/5/art_103_8801.html",
            "200 with title 页面不存在",
        )
        .link(false, "soft_404"),
    );
    v.push(
        Expected::new(
            b,
            "broken_link",
            "/go/zcwj.jsp",
            "/go/zcwj.jsp ⇄ /go/zcwj2.jsp",
        )
        .link(false, "redirect_loop"),
    );

    // dept-stale.
    let s = "dept-stale";
    match m {
        0 => {
            v.push(
                Expected::new(
                    s,
                    "stale_homepage",
                    "",
                    "newest homepage item [01-12]; generation metas dated 2024-01-30 do not count",
                )
                .latest("2024-01-12"),
            );
            v.push(
                Expected::new(
                    s,
                    "stale_column",
                    "工作动态",
                    "newest [01-12] (year implied), news 14 days",
                )
                .latest("2024-01-12"),
            );
            v.push(
                Expected::new(
                    s,
                    "column_due_soon",
                    "通知公告",
                    "newest 2023-08-10: 174 of 180 days, 6 left",
                )
                .latest("2023-08-10"),
            );
        }
        1 => {
            v.push(
                Expected::new(s, "stale_homepage", "", "newest homepage item [02-05]")
                    .latest("2024-02-05"),
            );
            v.push(
                Expected::new(
                    s,
                    "stale_column",
                    "工作动态",
                    "newest [02-05], news 14 days",
                )
                .latest("2024-02-05"),
            );
            v.push(
                Expected::new(s, "stale_column", "通知公告", "newest 2023-08-10: 203 days")
                    .latest("2023-08-10"),
            );
        }
        _ => {}
    }
    v.push(Expected::new(
        s,
        "blank_column",
        "政策解读",
        "list says 暂无信息",
    ));
    v.push(Expected::new(
        s,
        "missing_column",
        "规划计划",
        "no such column anywhere on the portal",
    ));

    // inst-words.
    let w = "inst-words";
    if m < 2 {
        v.push(
            Expected::new(
                w,
                "sensitive_word",
                "国家工商行政管理总局",
                "plain, W1 (general)",
            )
            .on_page(words::W1),
        );
        v.push(
            Expected::new(
                w,
                "sensitive_word",
                "党的20大",
                "written 党的２０大 (full-width digits), W1 (serious)",
            )
            .on_page(words::W1),
        );
        v.push(
            Expected::new(
                w,
                "sensitive_word",
                "中华人民共合国",
                "written 中华人民&nbsp;共合国, W2 (serious)",
            )
            .on_page(words::W2),
        );
        v.push(
            Expected::new(w, "sensitive_word", "一带一路战略", "plain, W2 (serious)")
                .on_page(words::W2),
        );
        v.push(
            Expected::new(
                w,
                "sensitive_word",
                "一带一路战略",
                "written 一带一路 战略, W3 (serious)",
            )
            .on_page(words::W3),
        );
        let mut u = Expected::new(
            w,
            "unanswered_message",
            crate::interact::detail_path(words::BOARD, words::OLD_MESSAGE),
            "领导信箱 message asked 2023-10-20, 未回复 (103 days on 01-31, 132 on 02-29)",
        );
        u.asked_on = Some("2023-10-20");
        v.push(u);
    }
    v.push(
        Expected::new(
            w,
            "sensitive_word",
            "国家工商行政管理总局",
            "with a zero-width space inside, W3 (general); not corrected",
        )
        .on_page(words::W3),
    );
    let mut g = Expected::new(
        w,
        "service_guide_incomplete",
        words::G2,
        "synonyms 受理条件/申请材料/咨询电话 count; 收费标准 empty",
    );
    g.missing_elements = &["设定依据", "办理流程", "收费标准", "办理时限"];
    v.push(g);

    // inst-down.
    v.push(Expected::new(
        "inst-down",
        "site_unreachable",
        "",
        "every request answers 503 without Retry-After",
    ));

    v.sort_by(|a, b| (a.portal, a.kind, &a.key, a.page).cmp(&(b.portal, b.kind, &b.key, b.page)));
    v
}

/// (portal id, qualified) for every portal in a month, ids sorted.
/// `county-good` also has no deduction at all (grade excellent).
pub fn qualified(month: &str) -> Vec<(&'static str, bool)> {
    let m = month_index(month).unwrap_or(0);
    vec![
        ("county-gbk", true),
        ("county-good", true),
        ("dept-broken", true),
        ("dept-stale", m == 2),
        ("inst-down", false),
        ("inst-words", m == 2),
    ]
}
