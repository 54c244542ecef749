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
