//! The word matcher over pages parsed by `govcheck-page`, as the crawler
//! runs it: words in markup that is not visible text (script, style,
//! comments, attributes, meta) are never reported; words split by inline
//! tags, entities and zero-width characters are.

use chrono::NaiveDate;
use govcheck_config::rules::Rules;
use govcheck_config::words::WordList;
use govcheck_inspect::words::WordMatcher;
use govcheck_model::{Finding, FindingDetail, Severity};
use url::Url;

fn parse(html: &str) -> govcheck_model::PageFacts {
    let url = Url::parse("http://www.example.gov.cn/art/1.html").unwrap();
    govcheck_page::analyze(&url, html.as_bytes(), Some("text/html; charset=utf-8"))
}

fn words(findings: &[Finding]) -> Vec<(String, u32)> {
    findings
        .iter()
        .map(|f| match &f.detail {
            FindingDetail::SensitiveWord {
                word, occurrences, ..
            } => (word.clone(), *occurrences),
            other => panic!("not a word finding: {other:?}"),
        })
        .collect()
}

const TRAPS: &str = r#"<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<meta name="keywords" content="攻府,领导小姐">
<meta name="description" content="齐齐哈市">
<title>测试页面</title>
<style>.x::after { content: "秸杆"; } /* 扫黑险恶 */</style>
<script>var s = "中华人民共合国"; // 杜家豪</script>
</head>
<body>
<!-- 中共人民共和国 -->
<div title="攻府" data-note="领导小姐"><a href="/x?q=扫黑险恶" title="齐齐哈市">链接</a></div>
<p>根据国土<span>资源</span><b>部</b>的通知。</p>
<p>学习贯彻党的２０大精神，党的 20 大报告。</p>
<p>中华&nbsp;人民&#8203;共合国成立。</p>
<p>原国土资源部副部长；各级农业部门；美国农业部。</p>
</body></html>"#;

#[test]
fn only_visible_text_is_matched_and_split_words_join() {
    let page = parse(TRAPS);
    let m = WordMatcher::new(&WordList::embedded());
    let rules = Rules::default();
    let f = m.findings(&page.url, &page.visible_text, None, &rules);
    assert_eq!(
        words(&f),
        [
            ("国土资源部".to_string(), 1),
            ("党的20大".to_string(), 2),
            ("中华人民共合国".to_string(), 1),
        ],
        "visible text: {:?}",
        page.visible_text
    );
    assert_eq!(f[0].severity, Severity::Deduction);
    assert_eq!(f[1].severity, Severity::Veto);
    match &f[0].detail {
        FindingDetail::SensitiveWord { context, url, .. } => {
            assert!(context.contains("根据国土资源部的通知"), "{context}");
            assert_eq!(url, "http://www.example.gov.cn/art/1.html");
        }
        other => panic!("{other:?}"),
    }
    // The hit lines of `govcheck words`.
    let lines = m.scan_file("traps.html", &page.visible_text);
    assert_eq!(lines.len(), 4, "{lines:#?}");
    assert!(lines.iter().all(|l| l.starts_with("traps.html:")));
}

/// A real gov.cn policy page of 2004 that names 国土资源部 six times: the
/// name was right then. With the page date, nothing is reported; without
/// it the outdated names are, except in the attachment title
/// `国土资源部关于…` and next to an earlier year.
#[test]
fn real_2004_page_is_not_flagged_for_the_then_current_name() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/realpages/www_gov_cn__zhengce_fragment_gbh2004_80.html"
    );
    let Ok(html) = std::fs::read_to_string(path) else {
        eprintln!("skipped: {path} not found");
        return;
    };
    let page = parse(&html);
    let m = WordMatcher::new(&WordList::embedded());
    let rules = Rules::default();
    let dated = m.findings(
        &page.url,
        &page.visible_text,
        NaiveDate::from_ymd_opt(2004, 11, 1),
        &rules,
    );
    assert!(dated.is_empty(), "{dated:#?}");
    let undated = m.findings(&page.url, &page.visible_text, None, &rules);
    let w = words(&undated);
    // Six mentions: one is the attachment title 国土资源部关于…, two
    // follow `2004年4月和9月` (a year before the change) closely; three
    // remain. 湖北省国土资源厅 is the outdated provincial name.
    assert!(w.contains(&("国土资源部".to_string(), 3)), "{w:?}");
    assert!(w.contains(&("国土资源厅".to_string(), 1)), "{w:?}");
    assert_eq!(w.len(), 2, "{w:?}");
}
