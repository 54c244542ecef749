//! Behaviour on real saved government pages (../shared/realpages). When the
//! folder is missing the tests return early (it exists in CI).

use govcheck_model::{LinkTag, PageFacts, PartialDate};
use url::Url;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/realpages");

fn read(name: &str) -> Option<Vec<u8>> {
    std::fs::read(format!("{DIR}/{name}")).ok()
}

fn facts(name: &str, url: &str) -> Option<PageFacts> {
    let body = read(name)?;
    let url = Url::parse(url).unwrap();
    Some(govcheck_page::analyze(&url, &body, None))
}

fn ymd(y: i32, m: u32, d: u32) -> PartialDate {
    PartialDate {
        year: Some(y),
        month: m,
        day: d,
    }
}

#[test]
fn every_real_page_parses_and_has_a_title() {
    let Ok(entries) = std::fs::read_dir(DIR) else {
        return;
    };
    let url = Url::parse("http://www.example.gov.cn/a/b/index.html").unwrap();
    let mut n = 0;
    for e in entries.filter_map(Result::ok) {
        let path = e.path();
        if path.extension().is_none_or(|x| x != "html") {
            continue;
        }
        let body = std::fs::read(&path).unwrap();
        let f = govcheck_page::analyze(&url, &body, None);
        let name = path.display().to_string();
        assert!(!f.visible_text.is_empty(), "{name}: no visible text");
        // Fragments cut from a database column have no <title>.
        let has_title_tag = String::from_utf8_lossy(&body)
            .to_ascii_lowercase()
            .contains("<title");
        if has_title_tag {
            assert!(!f.title.is_empty(), "{name}: no title");
            assert_eq!(
                f.title,
                govcheck_page::title_of(&String::from_utf8_lossy(&body)),
                "{name}"
            );
        }
        assert!(!f.links.is_empty(), "{name}: no links");
        for l in &f.links {
            let u = Url::parse(&l.url).unwrap_or_else(|e| panic!("{name}: {} {e}", l.url));
            assert!(u.fragment().is_none(), "{name}: fragment kept in {}", l.url);
            assert!(matches!(u.scheme(), "http" | "https"), "{name}: {}", l.url);
        }
        assert!(f.content_text.len() <= f.visible_text.len(), "{name}");
        n += 1;
    }
    assert!(n >= 15, "only {n} pages found");
}

#[test]
fn yzq_trs_list_items_and_create_page_html() {
    let Some(f) = facts(
        "yzq_gov_cn__list_zwyw_trs_createPageHTML.html",
        "http://www.yzq.gov.cn/zwgk/zwdt/zwyw/",
    ) else {
        return;
    };
    assert_eq!(f.title, "袁州区政府网");
    assert_eq!(f.dated_items.len(), 25);
    let first = &f.dated_items[0];
    assert_eq!(
        first.title,
        "袁州区财政局掀起学习贯彻省、市、区有关文件精神热潮"
    );
    assert_eq!(
        first.url.as_deref(),
        Some("http://www.yzq.gov.cn/zwgk/zwdt/zwyw/201710/t20171020_398361.html")
    );
    assert_eq!(first.date, ymd(2017, 10, 20));
    // The displayed date wins over the date in the URL.
    let shown = f
        .dated_items
        .iter()
        .find(|d| {
            d.url
                .as_deref()
                .is_some_and(|u| u.ends_with("t20171019_398220.html"))
        })
        .unwrap();
    assert_eq!(shown.date, ymd(2017, 10, 18));
    assert_eq!(f.dated_items.last().unwrap().date, ymd(2017, 10, 10));
    // createPageHTML(120, 0, "index", "html"): 0-based, page 2 = index_1.html.
    assert_eq!(f.pagination.len(), 119);
    assert_eq!(
        f.pagination[0],
        "http://www.yzq.gov.cn/zwgk/zwdt/zwyw/index_1.html"
    );
    assert_eq!(
        f.pagination[118],
        "http://www.yzq.gov.cn/zwgk/zwdt/zwyw/index_119.html"
    );
    let pag: Vec<_> = f
        .links
        .iter()
        .filter(|l| l.tag == LinkTag::Pagination)
        .collect();
    assert_eq!(pag.len(), 119);
    assert_eq!(f.breadcrumbs, ["首页", "政务公开", "政务动态", "政务要闻"]);
    // Breadcrumb links are navigation; list links are not.
    assert!(f.links.iter().any(|l| l.text == "政务动态" && l.in_nav));
    assert!(
        f.links
            .iter()
            .any(|l| l.url.ends_with("t20171020_398361.html") && !l.in_nav)
    );
    // Footer: in the visible text, not in the content.
    assert!(f.visible_text.contains("赣ICP备05010765号"));
    assert!(!f.content_text.contains("ICP备"));
    assert!(!f.content_text.contains("版权所有"));
    // Rows carry the date cell and the link.
    let row = f
        .rows
        .iter()
        .find(|r| {
            r.link
                .as_deref()
                .is_some_and(|u| u.ends_with("t20171020_398361.html"))
        })
        .unwrap();
    assert_eq!(row.cells.last().map(String::as_str), Some("2017-10-20"));
    assert!(!f.says_empty);
}

#[test]
fn wsjkw_list_span_time_and_one_based_pagination() {
    let Some(f) = facts(
        "wsjkw_sh_gov_cn__list_yqtb.html",
        "https://wsjkw.sh.gov.cn/yqtb/index.html",
    ) else {
        return;
    };
    assert_eq!(f.dated_items.len(), 20);
    let first = &f.dated_items[0];
    assert_eq!(first.date, ymd(2022, 4, 27));
    assert_eq!(
        first.url.as_deref(),
        Some("https://mp.weixin.qq.com/s/SIuDbITNdgWwYyM3eiyrgg")
    );
    // The title holds a date (2022年4月25日) but the item's date is span.time.
    let t = f
        .dated_items
        .iter()
        .find(|d| d.title.starts_with("上海2022年4月25日"))
        .unwrap();
    assert_eq!(t.date, ymd(2022, 4, 26));
    assert_eq!(
        t.url.as_deref(),
        Some("https://wsjkw.sh.gov.cn/xwfb/20220426/d4d847dcf3f64fcab102cf5a65656891.html")
    );
    // Full title from the title attribute, not the truncated anchor text.
    assert!(
        t.title.ends_with("无新增境外输入性无症状感染者"),
        "{}",
        t.title
    );
    // jQuery pagination, totalPage 54, 1-based: page 2 = index_2.html.
    assert_eq!(f.pagination.len(), 53);
    assert_eq!(f.pagination[0], "https://wsjkw.sh.gov.cn/yqtb/index_2.html");
    assert_eq!(
        f.pagination[52],
        "https://wsjkw.sh.gov.cn/yqtb/index_54.html"
    );
    assert_eq!(f.breadcrumbs, ["首页", "新冠肺炎疫情防控", "疫情通报"]);
    assert_eq!(f.meta("siteidcode"), Some("3100000010"));
    assert_eq!(f.meta("columnname"), Some("疫情通报"));
}

#[test]
fn shanxi_article_date_not_from_attribute() {
    let Some(f) = facts(
        "shanxi_gov_cn__article_trs.html",
        "http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml",
    ) else {
        return;
    };
    assert_eq!(f.published, Some(ymd(2019, 9, 18)));
    // `<span alt="时间：2017-11-08 20:26">`: attributes are not text.
    assert!(!f.visible_text.contains("2017-11-08"));
    assert!(f.dated_items.iter().all(|d| d.date != ymd(2017, 11, 8)));
    assert_eq!(f.breadcrumbs, ["首页", "要闻", "山西要闻"]);
    assert!(f.visible_text.contains("晋ICP备12000773号"));
    assert!(f.visible_text.contains("网站标识码"));
    assert!(!f.content_text.contains("晋ICP备"));
    assert!(!f.content_text.contains("网站标识码"));
    assert!(f.content_text.contains("山西品牌丝路行首次登陆巴西"));
}

#[test]
fn yichun_homepage_links_and_no_script_text() {
    let Some(f) = facts(
        "yichun_gov_cn__homepage_2023.html",
        "https://www.yichun.gov.cn/",
    ) else {
        return;
    };
    assert_eq!(f.title, "中国宜春");
    assert!(f.links.iter().filter(|l| l.tag == LinkTag::A).count() > 100);
    for needle in ["function", "document.write", "var ", "{", "}"] {
        assert!(
            !f.visible_text.contains(needle),
            "script text leaked: {needle}"
        );
    }
    assert!(!f.dated_items.is_empty());
    // Implied-year dates (`10-11`) on the homepage.
    assert!(f.dated_items.iter().any(|d| d.date
        == PartialDate {
            year: None,
            month: 10,
            day: 11
        }));
    assert!(f.dated_items.iter().any(|d| d.date == ymd(2023, 9, 23)));
}

#[test]
fn yichun_article_breadcrumb_and_body_date() {
    let Some(f) = facts(
        "yichun_gov_cn__article_tjgb2022.html",
        "https://www.yichun.gov.cn/ycsrmzf/tjgb/202305/36796cdc82d04268913f2884cf2fe579.shtml",
    ) else {
        return;
    };
    assert_eq!(
        f.breadcrumbs,
        [
            "首页",
            "政务公开",
            "信息公开",
            "法定主动公开内容",
            "结果公开",
            "统计数据",
            "统计公报"
        ]
    );
    // 发文日期 in the body, not the meta PubDate (2023-05-16, regeneration).
    assert_eq!(f.published, Some(ymd(2023, 4, 18)));
    assert_eq!(f.meta("pubdate"), Some("2023-05-16 12:34:05"));
    assert!(
        f.fields
            .iter()
            .any(|(k, v)| k == "索引号" && v == "014717475N/2023-0040295")
    );
    assert!(
        f.fields
            .iter()
            .any(|(k, v)| k == "发布机构" && v == "宜春市统计局")
    );
    let crumb_links: Vec<_> = f
        .links
        .iter()
        .filter(|l| l.in_nav && l.text == "统计数据")
        .collect();
    assert!(!crumb_links.is_empty());
}

#[test]
fn wanzai_generation_date_is_not_published() {
    let Some(f) = facts(
        "wanzai_gov_cn__article_tjgb2022.html",
        "http://www.wanzai.gov.cn/wzxrmzf/tjsja/202305/7215380191c5400397df5d7d0b5fd06b.shtml",
    ) else {
        return;
    };
    assert_ne!(f.published, Some(ymd(2023, 5, 11)));
    assert_ne!(f.published, Some(ymd(2023, 8, 16)));
}

#[test]
fn gov_cn_fragment_publish_date_not_written_date() {
    let Some(f) = facts(
        "www_gov_cn__zhengce_fragment_gbf2018_123.html",
        "http://www.gov.cn/zhengce/content/2018-12/27/content_5352666.htm",
    ) else {
        return;
    };
    assert_eq!(f.published, Some(ymd(2018, 12, 27)));
    assert!(
        f.fields
            .contains(&("成文日期".into(), "2018年12月07日".into()))
    );
    assert!(
        f.fields
            .contains(&("发布日期".into(), "2018年12月27日".into()))
    );
    assert!(
        f.fields
            .contains(&("发文字号".into(), "国办发〔2018〕123号".into()))
    );
    assert!(
        f.fields
            .contains(&("索引号".into(), "000014349/2018-00221".into()))
    );
}

#[test]
fn other_article_dates() {
    if let Some(f) = facts(
        "fgw_zj_gov_cn__article_hanweb.html",
        "http://fgw.zj.gov.cn/art/2016/11/22/art_1621004_30332664.html",
    ) {
        assert_eq!(f.published, Some(ymd(2016, 11, 22)));
    }
    if let Some(f) = facts(
        "cmse_gov_cn__article_trs_2012.html",
        "http://www.cmse.gov.cn/ztbd/xwfbh/201206/t20120624_43188.html",
    ) {
        assert_eq!(f.published, Some(ymd(2012, 6, 24)));
        assert_eq!(f.breadcrumbs, ["首页", "专题报道", "新闻发布会"]);
    }
    if let Some(f) = facts(
        "nfra_gov_cn__article_rendered_dom.html",
        "https://www.nfra.gov.cn/cn/view/pages/ItemDetail.html",
    ) {
        assert_eq!(f.published, Some(ymd(2024, 7, 12)));
    }
}

#[test]
fn people_charset_trap_decodes_as_utf8() {
    let Some(body) = read("NONGOV_people_com_cn__charset_mismatch_gb2312_decl_utf8_bytes.html")
    else {
        return;
    };
    let d = govcheck_page::decode(&body, None);
    assert_eq!(d.encoding, encoding_rs::UTF_8);
    assert_eq!(
        d.source,
        govcheck_page::EncodingSource::Utf8OverridesDeclared
    );
    assert!(!d.had_errors);
    // Even when the server also says gb2312.
    let d = govcheck_page::decode(&body, Some("text/html; charset=gb2312"));
    assert_eq!(d.encoding, encoding_rs::UTF_8);
    let f = govcheck_page::parse(
        &Url::parse("http://culture.people.com.cn/").unwrap(),
        &d.text,
        d.encoding,
    );
    assert!(f.title.contains("人民网"), "{}", f.title);
    assert_eq!(f.encoding, "UTF-8");
}

#[test]
fn real_page_transcoded_to_gbk() {
    let Some(body) = read("yzq_gov_cn__list_zwyw_trs_createPageHTML.html") else {
        return;
    };
    let text = String::from_utf8(body).unwrap();
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(&text);
    assert!(!unmappable);
    let url = Url::parse("http://www.yzq.gov.cn/zwgk/zwdt/zwyw/").unwrap();
    for ct in [None, Some("text/html; charset=GBK")] {
        let d = govcheck_page::decode(&gbk, ct);
        assert_eq!(d.encoding, encoding_rs::GB18030, "{ct:?}");
        assert_eq!(d.text, text);
        let f = govcheck_page::parse(&url, &d.text, d.encoding);
        assert_eq!(f.title, "袁州区政府网");
        assert_eq!(f.dated_items.len(), 25);
    }
}
