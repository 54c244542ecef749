//! The quarterly circular: the quarter rule, problem tracking, summary,
//! and the readable drafts.

mod common;

use common::*;
use govcheck_model::*;
use govcheck_report::{
    GradeBands, ReportError, circular, circular_with, monthly_check, previous_quarter,
    quarter_months, quarter_of_month, render_html, render_markdown,
};

fn with_findings(mut r: SiteReport, findings: Vec<Finding>) -> SiteReport {
    r.findings = findings;
    r
}

fn unq(
    id: &str,
    name: &str,
    cat: Category,
    as_of: &str,
    score: f64,
    vetoes: &[&str],
) -> SiteReport {
    report(
        site(id, name, cat),
        as_of,
        verdict(false, score, Grade::Unqualified, vetoes),
        Vec::new(),
    )
}

fn broken(host: &str, page: &str) -> Finding {
    Finding::new(
        Severity::Deduction,
        FindingDetail::BrokenLink {
            url: format!("http://{host}/dead.html"),
            found_on: vec![FoundOn {
                page: page.into(),
                text: "旧链接".into(),
            }],
            on_homepage: false,
            error: LinkError {
                class: LinkErrorClass::Timeout,
                status: None,
                reason: None,
                redirect_chain: vec![],
                attempts: 2,
            },
        },
    )
}

/// Three months of six sites; see each site's comment for its story.
fn quarter() -> Vec<MonthlyCheck> {
    let h = "a-county.example.gov.cn";
    let jan = vec![
        // a: unqualified in January only, rectified after → qualified.
        full_report("a-county", "2024-01-31"),
        // b: fails the last two months → unqualified (latest month).
        clean_report(
            "b-dept",
            "市教育局",
            Category::Department,
            "2024-01-31",
            92.0,
        ),
        // c: fails two months, then passes → unqualified (two months).
        unq(
            "c-dept",
            "市财政局",
            Category::Department,
            "2024-01-31",
            40.0,
            &["site_unreachable"],
        ),
        // e: excellent all quarter.
        clean_report(
            "e-inst",
            "市档案馆",
            Category::Institution,
            "2024-01-31",
            95.0,
        ),
        // f: one failed month with a very low score → mean under 60.
        unq(
            "f-county",
            "丙县人民政府",
            Category::County,
            "2024-01-31",
            20.0,
            &["stale_homepage"],
        ),
    ];
    let feb = vec![
        with_findings(
            clean_report(
                "a-county",
                "甲县人民政府",
                Category::County,
                "2024-02-29",
                85.0,
            ),
            vec![broken(h, "http://a-county.example.gov.cn/feb.html")],
        ),
        unq(
            "b-dept",
            "市教育局",
            Category::Department,
            "2024-02-29",
            50.0,
            &["serious_wording"],
        ),
        unq(
            "c-dept",
            "市财政局",
            Category::Department,
            "2024-02-29",
            50.0,
            &["site_unreachable"],
        ),
        clean_report(
            "e-inst",
            "市档案馆",
            Category::Institution,
            "2024-02-29",
            94.0,
        ),
        clean_report(
            "f-county",
            "丙县人民政府",
            Category::County,
            "2024-02-29",
            65.0,
        ),
    ];
    let mar = vec![
        clean_report(
            "a-county",
            "甲县人民政府",
            Category::County,
            "2024-03-31",
            90.0,
        ),
        with_findings(
            unq(
                "b-dept",
                "市教育局",
                Category::Department,
                "2024-03-31",
                58.0,
                &[],
            ),
            vec![broken(
                "b-dept.example.gov.cn",
                "http://b-dept.example.gov.cn/",
            )],
        ),
        clean_report(
            "c-dept",
            "市财政局",
            Category::Department,
            "2024-03-31",
            95.0,
        ),
        // d: only checked in March.
        clean_report(
            "d-inst",
            "市图书馆",
            Category::Institution,
            "2024-03-31",
            93.0,
        ),
        clean_report(
            "e-inst",
            "市档案馆",
            Category::Institution,
            "2024-03-31",
            96.0,
        ),
        clean_report(
            "f-county",
            "丙县人民政府",
            Category::County,
            "2024-03-31",
            70.0,
        ),
    ];
    vec![
        monthly_check("2024-01", date("2024-01-31"), jan),
        monthly_check("2024-02", date("2024-02-29"), feb),
        monthly_check("2024-03", date("2024-03-31"), mar),
    ]
}

fn qsite<'a>(c: &'a QuarterlyCircular, id: &str) -> &'a QuarterSite {
    c.sites.iter().find(|s| s.site.id == id).unwrap()
}

#[test]
fn quarter_helpers() {
    assert_eq!(
        quarter_months("2024-Q1").unwrap(),
        ["2024-01", "2024-02", "2024-03"]
    );
    assert_eq!(
        quarter_months("2023-Q4").unwrap(),
        ["2023-10", "2023-11", "2023-12"]
    );
    assert_eq!(previous_quarter("2024-Q1"), "2023-Q4");
    assert_eq!(previous_quarter("2024-Q3"), "2024-Q2");
    assert_eq!(quarter_of_month("2024-11").as_deref(), Some("2024-Q4"));
    assert_eq!(quarter_of_month("2024-13"), None);
    for bad in [
        "2024-Q5", "2024-Q0", "2024Q1", "24-Q1", "2024-Q12", "", "2024-01",
    ] {
        assert!(
            matches!(quarter_months(bad), Err(ReportError::InvalidQuarter(_))),
            "{bad}"
        );
        assert_eq!(previous_quarter(bad), "", "{bad}");
    }
}

#[test]
fn the_quarter_rule() {
    let c = circular("2024-Q1", &quarter(), None).unwrap();
    assert_eq!(c.schema, QUARTERLY_CIRCULAR_SCHEMA);
    assert_eq!(c.months, ["2024-01", "2024-02", "2024-03"]);
    assert!(
        c.rule.contains("两次及以上") && c.rule.contains("two or more"),
        "{}",
        c.rule
    );
    let ids: Vec<&str> = c.sites.iter().map(|s| s.site.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "a-county", "b-dept", "c-dept", "d-inst", "e-inst", "f-county"
        ]
    );

    let a = qsite(&c, "a-county");
    assert!(a.qualified);
    assert_eq!(a.score, 76.7, "mean of 55, 85, 90 to one decimal");
    assert_eq!(a.grade, Grade::Qualified);
    assert_eq!(
        a.site.name, "甲县人民政府",
        "the newest report names the site"
    );
    assert_eq!(a.monthly.len(), 3);

    let b = qsite(&c, "b-dept");
    assert!(!b.qualified, "unqualified in the latest month");
    assert_eq!(b.grade, Grade::Unqualified);
    assert_eq!(b.score, 66.7);

    let cc = qsite(&c, "c-dept");
    assert!(!cc.qualified, "unqualified in two months");
    assert_eq!(
        cc.grade,
        Grade::Unqualified,
        "graded unqualified whatever its score"
    );

    let d = qsite(&c, "d-inst");
    assert!(d.qualified, "judged on its only month");
    assert_eq!((d.score, d.grade), (93.0, Grade::Excellent));
    assert_eq!(d.monthly.len(), 1);

    let e = qsite(&c, "e-inst");
    assert_eq!((e.score, e.grade), (95.0, Grade::Excellent));

    let f = qsite(&c, "f-county");
    assert_eq!(f.score, 51.7);
    assert!(!f.qualified, "a mean below the pass mark fails the quarter");
}

#[test]
fn problems_are_followed_from_month_to_month() {
    let c = circular("2024-Q1", &quarter(), None).unwrap();
    let a = qsite(&c, "a-county");
    let keys: Vec<(&str, &str)> = a
        .problems
        .iter()
        .map(|p| (p.kind.as_str(), p.identity.as_str()))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "problems by kind then identity");
    assert_eq!(
        a.problems.len(),
        12,
        "eleven in January, one new link in February"
    );

    let link = a
        .problems
        .iter()
        .find(|p| p.kind == "broken_link" && p.identity.ends_with("dead.html"))
        .unwrap();
    assert_eq!(link.months, ["2024-02"]);
    assert!(link.rectified);
    let homepage_link = a
        .problems
        .iter()
        .find(|p| p.kind == "broken_link" && p.identity.ends_with("a_b.html"))
        .unwrap();
    assert_eq!(homepage_link.months, ["2024-01"]);
    let stale = a
        .problems
        .iter()
        .find(|p| p.kind == "stale_homepage")
        .unwrap();
    assert_eq!(
        (stale.months.as_slice(), stale.rectified, stale.severity),
        (&["2024-01".to_string()][..], true, Severity::Veto)
    );

    let b = qsite(&c, "b-dept");
    assert_eq!(b.problems.len(), 1);
    assert!(!b.problems[0].rectified, "still there in the last check");
}

#[test]
fn last_seen_is_the_newest_finding_and_months_accumulate() {
    let h = "x.example.gov.cn";
    let months = vec![
        monthly_check(
            "2024-04",
            date("2024-04-30"),
            vec![with_findings(
                clean_report("x", "某局", Category::Department, "2024-04-30", 80.0),
                vec![broken(h, "http://x/april.html")],
            )],
        ),
        monthly_check(
            "2024-05",
            date("2024-05-31"),
            vec![clean_report(
                "x",
                "某局",
                Category::Department,
                "2024-05-31",
                90.0,
            )],
        ),
        monthly_check(
            "2024-06",
            date("2024-06-30"),
            vec![with_findings(
                clean_report("x", "某局", Category::Department, "2024-06-30", 84.0),
                vec![broken(h, "http://x/june.html")],
            )],
        ),
    ];
    let c = circular("2024-Q2", &months, None).unwrap();
    let p = &c.sites[0].problems[0];
    assert_eq!(p.months, ["2024-04", "2024-06"]);
    assert!(!p.rectified, "seen again in the latest check");
    match &p.last_seen.detail {
        FindingDetail::BrokenLink { found_on, .. } => {
            assert_eq!(found_on[0].page, "http://x/june.html")
        }
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(c.sites[0].score, 84.7);
    assert_eq!(c.sites[0].grade, Grade::Good);
}

#[test]
fn summary_rates_lists_and_top_problems() {
    let prev_months = vec![monthly_check(
        "2023-12",
        date("2023-12-31"),
        vec![
            clean_report(
                "a-county",
                "甲县人民政府",
                Category::County,
                "2023-12-31",
                80.0,
            ),
            unq(
                "b-dept",
                "市教育局",
                Category::Department,
                "2023-12-31",
                30.0,
                &["site_unreachable"],
            ),
        ],
    )];
    let prev = circular("2023-Q4", &prev_months, None).unwrap();
    assert_eq!(prev.summary.qualification_rate, 0.5);

    let c = circular("2024-Q1", &quarter(), Some(&prev)).unwrap();
    let s = &c.summary;
    assert_eq!((s.sites, s.qualified), (6, 3));
    assert_eq!(s.qualification_rate, 0.5);
    assert_eq!(s.by_category[&Category::County].sites, 2);
    assert_eq!(s.by_category[&Category::County].qualified, 1);
    assert_eq!(s.by_category[&Category::Department].rate, 0.0);
    assert_eq!(s.by_category[&Category::Institution].rate, 1.0);
    assert_eq!(s.excellent, ["d-inst", "e-inst"]);
    assert_eq!(s.unqualified, ["b-dept", "c-dept", "f-county"]);
    // broken_link: a-county and b-dept; the others only a-county; no notices.
    assert_eq!(s.top_problems[0], ("broken_link".to_string(), 2));
    assert!(s.top_problems[1..].iter().all(|(_, n)| *n == 1));
    assert!(!s.top_problems.iter().any(|(k, _)| k == "column_due_soon"));
    let p = s.previous.as_ref().unwrap();
    assert_eq!(
        (p.quarter.as_str(), p.sites, p.qualified),
        ("2023-Q4", 2, 1)
    );
}

#[test]
fn order_of_months_and_sites_does_not_matter() {
    let a = circular("2024-Q1", &quarter(), None).unwrap();
    let mut months = quarter();
    months.reverse();
    for m in &mut months {
        m.sites.reverse();
    }
    let b = circular("2024-Q1", &months, None).unwrap();
    assert_eq!(
        serde_json::to_string(&a).unwrap(),
        serde_json::to_string(&b).unwrap()
    );
}

#[test]
fn wrong_inputs_are_refused_with_the_reason() {
    let q = quarter();
    let err = circular("2024-Q2", &q, None).unwrap_err();
    assert!(
        matches!(err, ReportError::MonthOutsideQuarter { ref month, .. } if month == "2024-01"),
        "{err}"
    );
    let dup = vec![q[0].clone(), q[0].clone()];
    assert!(matches!(
        circular("2024-Q1", &dup, None),
        Err(ReportError::DuplicateMonth(_))
    ));
    let err = circular("2024-Q1", &[], None).unwrap_err();
    assert!(
        err.to_string().contains("2024-01, 2024-02, 2024-03"),
        "{err}"
    );
    assert!(matches!(
        circular("Q1", &q, None),
        Err(ReportError::InvalidQuarter(_))
    ));
}

#[test]
fn bands_are_a_parameter() {
    let strict = GradeBands {
        excellent: 96.0,
        good: 90.0,
        pass: 60.0,
    };
    let c = circular_with("2024-Q1", &quarter(), None, &strict).unwrap();
    assert_eq!(qsite(&c, "e-inst").grade, Grade::Good);
    assert_eq!(qsite(&c, "d-inst").grade, Grade::Good);
    assert!(c.rule.contains("96分及以上为优秀"), "{}", c.rule);
}

#[test]
fn markdown_draft_follows_the_seed_structure() {
    let prev = circular(
        "2023-Q4",
        &[monthly_check(
            "2023-12",
            date("2023-12-31"),
            vec![clean_report(
                "e-inst",
                "市档案馆",
                Category::Institution,
                "2023-12-31",
                70.0,
            )],
        )],
        None,
    )
    .unwrap();
    let c = circular("2024-Q1", &quarter(), Some(&prev)).unwrap();
    let md = render_markdown(&c, "某市人民政府办公室");
    let order = [
        "# 关于2024年第一季度政府网站检查情况的通报",
        "## 一、总体情况",
        "## 二、存在问题",
        "## 三、整改要求",
        "## 附件",
    ];
    let mut at = 0;
    for h in order {
        let pos = md[at..]
            .find(h)
            .unwrap_or_else(|| panic!("{h} missing or out of order:\n{md}"));
        at += pos + h.len();
    }
    assert!(md.contains("总体合格率为50.0%"), "{md}");
    assert!(md.contains("较上季度下降50.0个百分点"), "{md}");
    assert!(
        md.contains("县（市、区）政府门户网站2家，合格1家，合格率50.0%"),
        "{md}"
    );
    assert!(
        md.contains("市图书馆（93.0分）") && md.contains("市档案馆（95.0分）"),
        "{md}"
    );
    assert!(
        md.contains(
            "**丙县人民政府**（1月检查不合格；单项否决：首页不更新；季度平均分51.7分，低于合格线）"
        ),
        "{md}"
    );
    // Every problem kind appears in Chinese, numbered.
    for label in [
        "站点无法访问",
        "首页不更新",
        "栏目不更新",
        "空白栏目",
        "法定公开栏目缺失",
        "不可用链接",
        "严重错敏词",
        "一般错敏词",
        "办事指南要素不全",
        "留言超期未回复",
        "栏目即将超期",
    ] {
        assert!(
            md.contains(&format!("）{label}")),
            "section {label} missing:\n{md}"
        );
    }
    assert!(md.contains("### （一）站点无法访问"), "{md}");
    // Concrete evidence: URL, column, word → suggestion, dates, months, rectification.
    assert!(md.contains("出现“国土资源局”，应改为“自然资源局”"), "{md}");
    assert!(
        md.contains("`http://a-county.example.gov.cn/xw/1.html`"),
        "{md}"
    );
    assert!(
        md.contains("「通知公告」栏目（`http://a-county.example.gov.cn/tzgg/`）"),
        "{md}"
    );
    assert!(
        md.contains("最新信息日期为2024-01-02，超过14天未更新（1月发现，已整改）"),
        "{md}"
    );
    assert!(md.contains("于2023-12-01提交，已91天未答复"), "{md}");
    assert!(
        md.contains("`http://b-dept.example.gov.cn/dead.html`（访问超时"),
        "{md}"
    );
    assert!(md.contains("（3月发现，尚未整改）"), "{md}");
    // Markup in page text is escaped, not interpreted.
    assert!(md.contains("市国土资源局召开会议\\<script\\>"), "{md}");
    // Annex table.
    assert!(
        md.contains("| 序号 | 网站名称 | 类别 | 得分 | 等级 | 是否合格 | 主要问题 |"),
        "{md}"
    );
    assert!(md.contains("| 市教育局 | 市直部门网站 | 66.7 | 不合格 | 否 | 2月、3月检查不合格；单项否决：严重表述错误；不可用链接1处 |"), "{md}");
    assert!(
        md.contains("| 甲县人民政府 | 县（市、区）政府门户网站 | 76.7 | 合格 | 是 | 问题已整改 |"),
        "{md}"
    );
    assert!(
        md.contains("| 市档案馆 | 事业单位网站 | 95.0 | 优秀 | 是 | 无 |"),
        "{md}"
    );
    assert!(md.contains("| 市财政局 | 市直部门网站 | 61.7 | 不合格 | 否 | 1月、2月检查不合格；单项否决：站点无法访问 |"), "{md}");
    assert!(
        md.contains("共2家网站存在此类问题（3处），已整改2处，尚未整改1处。"),
        "{md}"
    );
    assert!(md.contains("某市人民政府办公室"), "{md}");
}

#[test]
fn html_draft_is_self_contained_and_escaped() {
    let c = circular("2024-Q1", &quarter(), None).unwrap();
    let html = render_html(&c, "某市<政府>办公室");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<h1>关于2024年第一季度政府网站检查情况的通报</h1>"));
    assert!(html.contains("<h2>一、总体情况</h2>") && html.contains("<h2>三、整改要求</h2>"));
    assert!(
        html.contains("@page") && html.contains("@media print"),
        "printable"
    );
    assert!(!html.contains("<script"), "page text must be escaped");
    assert!(html.contains("&lt;script&gt;"));
    assert!(html.contains("某市&lt;政府&gt;办公室"));
    assert!(
        !html.contains("<link") && !html.contains("src="),
        "no external resources"
    );
    assert!(html.contains("<th>主要问题</th>"));
    assert_eq!(
        html.matches("<table>").count(),
        html.matches("</table>").count()
    );
}

#[test]
fn a_quarter_without_problems_says_so() {
    let months = vec![monthly_check(
        "2024-07",
        date("2024-07-31"),
        vec![clean_report(
            "e",
            "市档案馆",
            Category::Institution,
            "2024-07-31",
            99.0,
        )],
    )];
    let c = circular("2024-Q3", &months, None).unwrap();
    let md = render_markdown(&c, "办公室");
    assert!(md.contains("# 关于2024年第三季度政府网站检查情况的通报"));
    assert!(md.contains("本季度检查未发现问题。"), "{md}");
    assert!(md.contains("本季度没有不合格网站。"), "{md}");
}
