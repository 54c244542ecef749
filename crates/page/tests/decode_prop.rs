//! Property tests for decoding: GBK round trips, and no input panics.

use proptest::prelude::*;

proptest! {
    #[test]
    fn gbk_round_trip(s in "[\u{4e00}-\u{9fa5}，。、；：（）a-z0-9 ]{8,200}") {
        let html = format!("<html><head><meta charset=\"gb2312\"></head><body><p>{s}</p></body></html>");
        let (bytes, _, unmappable) = encoding_rs::GBK.encode(&html);
        prop_assume!(!unmappable);
        let d = govcheck_page::decode(&bytes, None);
        prop_assert_eq!(&d.text, &html);
    }

    #[test]
    fn decode_and_parse_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600), ct in proptest::option::of("[ -~]{0,40}")) {
        let d = govcheck_page::decode(&bytes, ct.as_deref());
        let url = url::Url::parse("http://www.example.gov.cn/").unwrap();
        let _ = govcheck_page::parse(&url, &d.text, d.encoding);
    }

    #[test]
    fn meta_found_anywhere_in_the_prescan_window(pad in "[a-z <>/=\"]{0,900}") {
        let html = format!("<html><head><!-- x -->{pad}<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"></head><body>政府网站工作年度报表</body></html>");
        let clean = !pad.contains('<');
        let (bytes, _, _) = encoding_rs::GBK.encode(&html);
        let d = govcheck_page::decode(&bytes, None);
        if clean {
            prop_assert_eq!(d.encoding, encoding_rs::GB18030);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Tag soup built from the pieces the extractors react to never panics
    /// and keeps the invariants the checks rely on.
    #[test]
    fn tag_soup_never_panics(parts in proptest::collection::vec(prop_oneof![
        Just("<li>".to_string()), Just("</li>".to_string()), Just("<tr>".to_string()),
        Just("<td class='l'>".to_string()), Just("</td>".to_string()), Just("<div class='footer'>".to_string()),
        Just("<div class='nav'>".to_string()), Just("</div>".to_string()), Just("<a href='/x?q=政府'>".to_string()),
        Just("</a>".to_string()), Just("<span>".to_string()), Just("</span>".to_string()), Just("<br>".to_string()),
        Just("<dl><dt>".to_string()), Just("</dt><dd>".to_string()), Just("<script type='text/xml'><![CDATA[<li><a href='/r'>r</a>2024-01-01</li>]]></script>".to_string()),
        Just("<script>createPageHTML(3, 0, 'index', 'html');</script>".to_string()),
        "[发布时间：日期当前位置>首页©ICP备网站标识码 一、1.（二）:：\u{a0}\u{3000}a-z0-9\u{4e00}-\u{4e10}-]{0,12}",
        "(20[0-2][0-9]-[01][0-9]-[0-3][0-9]|[0-9]{1,2}月[0-9]{1,2}日|２０２４年３月１２日)",
    ], 0..60)) {
        let html = parts.concat();
        let url = url::Url::parse("http://www.example.gov.cn/a/").unwrap();
        for enc in [encoding_rs::UTF_8, encoding_rs::GB18030] {
            let f = govcheck_page::parse(&url, &html, enc);
            prop_assert!(f.content_text.len() <= f.visible_text.len() + 1);
            prop_assert!(f.pagination.len() <= govcheck_page::MAX_PAGES);
            for l in &f.links {
                prop_assert!(l.url.starts_with("http"));
                prop_assert!(!l.url.contains('#'));
            }
            for d in &f.dated_items {
                prop_assert!(d.url.is_some());
            }
        }
    }
}
