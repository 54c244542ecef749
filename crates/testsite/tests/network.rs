//! The sample network over real loopback sockets, checked with a plain
//! HTTP/1.1 client: encodings, robots.txt, month switching, request log,
//! keep-alive, and a whole-network crawl proving that the only broken
//! links are the ones `expected()` lists.

mod common;

use common::crawl::{Broken, crawl};
use common::{Conn, get};
use govcheck_testsite::{MONTHS, Network, expected, qualified};
use std::collections::BTreeSet;

fn url(net: &Network, id: &str) -> String {
    net.portal(id).expect("portal exists").url.clone()
}

#[tokio::test]
async fn every_portal_listens_on_its_own_loopback_port() {
    let net = Network::start().await.unwrap();
    let ids: Vec<&str> = net.portals().iter().map(|p| p.id).collect();
    assert_eq!(
        ids,
        [
            "county-good",
            "county-gbk",
            "dept-broken",
            "dept-stale",
            "inst-words",
            "inst-down"
        ]
    );
    let mut ports = BTreeSet::new();
    for p in net.portals() {
        assert!(p.url.starts_with("http://127.0.0.1:"), "{}", p.url);
        assert!(p.url.ends_with('/'));
        assert!(ports.insert(p.url.clone()));
        assert!(["county", "department", "institution"].contains(&p.category));
        let r = get(&p.url, "/").await.unwrap();
        if p.id == "inst-down" {
            assert_eq!(r.status, 503);
        } else {
            assert_eq!(r.status, 200, "{}", p.id);
            assert!(
                r.text().contains(p.name),
                "{} homepage names the portal",
                p.id
            );
            assert!(r.text().contains("网站标识码"), "{} footer", p.id);
        }
    }
}

#[tokio::test]
async fn county_gbk_serves_real_gbk_bytes() {
    let net = Network::start().await.unwrap();
    let r = get(&url(&net, "county-gbk"), "/").await.unwrap();
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("text/html; charset=gbk"));
    assert!(
        std::str::from_utf8(&r.body).is_err(),
        "the bytes are not UTF-8"
    );
    let (text, _, had_errors) = encoding_rs::GBK.decode(&r.body);
    assert!(!had_errors);
    assert!(text.contains("青禾县人民政府"));
    assert!(text.contains("charset=gbk"), "the meta says GBK too");
    // 政务 in GBK is D5 FE CE F1.
    assert!(r.body.windows(4).any(|w| w == [0xD5, 0xFE, 0xCE, 0xF1]));
    // Column names in their real-world variants.
    for name in ["政务动态", "公示公告", "政府文件", "解读回应"] {
        assert!(text.contains(name), "{name}");
    }
    let plat = get(&url(&net, "county-gbk"), "/col/col100/")
        .await
        .unwrap()
        .text();
    for name in [
        "信息公开指南",
        "年度报告",
        "人事任免",
        "财政信息",
        "发展规划",
    ] {
        assert!(plat.contains(name), "{name}");
    }
}

#[tokio::test]
async fn chinese_query_string_resolves_as_utf8_and_as_gbk() {
    let net = Network::start().await.unwrap();
    let base = url(&net, "county-gbk");
    let utf8 = "/module/search/index.jsp?keyword=%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80&field=title";
    let gbk = "/module/search/index.jsp?keyword=%D5%FE%CE%F1%B9%AB%BF%AA&field=title";
    for t in [utf8, gbk] {
        let r = get(&base, t).await.unwrap();
        assert_eq!(r.status, 200, "{t}");
        assert!(r.text().contains("搜索“政务公开”的结果"), "{t}");
    }
}

#[tokio::test]
async fn the_split_sensitive_word_is_in_gbk_markup() {
    let net = Network::start().await.unwrap();
    let r = get(&url(&net, "county-gbk"), "/art/2024/1/16/art_107_8951.html")
        .await
        .unwrap();
    assert_eq!(r.status, 200);
    assert!(r.text().contains("国土<span>资源部</span>"));
}

#[tokio::test]
async fn robots_txt_is_served_and_disallows_admin() {
    let net = Network::start().await.unwrap();
    let r = get(&url(&net, "county-good"), "/robots.txt").await.unwrap();
    assert_eq!(r.status, 200);
    assert!(r.header("content-type").unwrap().starts_with("text/plain"));
    assert!(r.text().contains("Disallow: /admin/"));
    let home = get(&url(&net, "county-good"), "/").await.unwrap().text();
    assert!(
        home.contains("href=\"/admin/login.jsp\""),
        "the trap is linked"
    );
    let down = get(&url(&net, "inst-down"), "/robots.txt").await.unwrap();
    assert_eq!(down.status, 404);
}

#[tokio::test]
async fn months_switch_content() {
    let net = Network::start().await.unwrap();
    let stale = url(&net, "dept-stale");
    let broken = url(&net, "dept-broken");
    assert_eq!(net.month(), "2024-01");
    let jan = get(&stale, "/").await.unwrap().text();
    assert!(jan.contains("[01-12]") && !jan.contains("[03-28]"));
    assert!(
        jan.contains("2024-01-30 02:00:00"),
        "generation meta of January"
    );
    assert_eq!(
        get(&broken, "/picture/0/banner_2024.jpg")
            .await
            .unwrap()
            .status,
        404
    );
    assert_eq!(
        get(&broken, "/jtj/tjsj/query.jsp").await.unwrap().status,
        500
    );

    net.set_month("2024-02");
    assert_eq!(net.month(), "2024-02");
    let feb = get(&stale, "/").await.unwrap().text();
    assert!(feb.contains("[02-05]") && !feb.contains("[03-28]"));
    assert_eq!(
        get(&broken, "/picture/0/banner_2024.jpg")
            .await
            .unwrap()
            .status,
        200
    );
    assert_eq!(
        get(&broken, "/jtj/tjsj/query.jsp").await.unwrap().status,
        200
    );
    assert_eq!(get(&broken, "/wza/index.html").await.unwrap().status, 404);

    net.set_month("2024-03");
    let mar = get(&stale, "/").await.unwrap().text();
    assert!(mar.contains("[03-28]"));
    assert_eq!(get(&broken, "/wza/index.html").await.unwrap().status, 200);
    let pdf = get(&broken, "/attach/downfile.jsp?filename=P020240110385.pdf")
        .await
        .unwrap();
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.header("content-type"), Some("application/pdf"));
    // An unknown file name stays a 404 even though the script exists.
    let other = get(&broken, "/attach/downfile.jsp?filename=nothing.pdf")
        .await
        .unwrap();
    assert_eq!(other.status, 404);

    assert!(net.try_set_month("2024-04").is_err());
    assert_eq!(net.month(), "2024-03");
}

#[tokio::test]
async fn requests_are_logged_with_method_target_and_order() {
    let net = Network::start().await.unwrap();
    let base = url(&net, "county-good");
    let mut c = Conn::open(&base).await.unwrap();
    c.request("GET", "/").await.unwrap();
    c.request("HEAD", "/images/style.css").await.unwrap();
    c.request("GET", "/xxgk/?a=%E6%94%BF").await.unwrap();
    let log = net.requests("county-good");
    let got: Vec<(&str, &str)> = log
        .iter()
        .map(|r| (r.method.as_str(), r.path_and_query.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("GET", "/"),
            ("HEAD", "/images/style.css"),
            ("GET", "/xxgk/?a=%E6%94%BF")
        ]
    );
    assert!(log.windows(2).all(|w| w[0].at <= w[1].at));
    assert!(net.requests("dept-stale").is_empty(), "logs are per portal");
    assert!(net.requests("no-such-portal").is_empty());
    net.clear_requests();
    assert!(net.requests("county-good").is_empty());
}

#[tokio::test]
async fn keep_alive_and_head_work() {
    let net = Network::start().await.unwrap();
    let base = url(&net, "dept-broken");
    let mut c = Conn::open(&base).await.unwrap();
    let full = c.request("GET", "/").await.unwrap();
    let head = c.request("HEAD", "/").await.unwrap();
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    assert_eq!(
        head.header("content-length").map(str::to_string),
        Some(full.body.len().to_string())
    );
    for _ in 0..20 {
        let r = c.request("GET", "/col/col108/").await.unwrap();
        assert_eq!(r.status, 200);
    }
    // The redirect chain that works, and the loop.
    let r = c.request("GET", "/old/jtdt/").await.unwrap();
    assert_eq!(r.status, 301);
    assert!(r.header("location").unwrap().ends_with("/jtdt/"));
    let r = c.request("GET", "/go/zcwj.jsp").await.unwrap();
    assert_eq!(r.status, 302);
    assert_eq!(net.requests("dept-broken").len(), 24);
}

#[tokio::test]
async fn inst_down_answers_503_without_retry_after() {
    let net = Network::start().await.unwrap();
    for month in ["2024-01", "2024-03"] {
        net.set_month(month);
        let r = get(&url(&net, "inst-down"), "/").await.unwrap();
        assert_eq!(r.status, 503);
        assert!(r.header("retry-after").is_none());
    }
}

#[tokio::test]
async fn dropping_the_network_stops_the_servers() {
    let net = Network::start().await.unwrap();
    let base = url(&net, "county-good");
    assert_eq!(get(&base, "/").await.unwrap().status, 200);
    drop(net);
    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    assert!(get(&base, "/").await.is_err(), "nothing listens any more");
}

#[tokio::test]
async fn sites_toml_lists_every_portal_sorted() {
    let net = Network::start().await.unwrap();
    let toml = net.sites_toml();
    let ids: Vec<&str> = toml
        .lines()
        .filter_map(|l| l.strip_prefix("id = \""))
        .map(|l| l.trim_end_matches('"'))
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    assert_eq!(ids.len(), 6);
    for p in net.portals() {
        assert!(toml.contains(&format!("url = \"{}\"", p.url)));
        assert!(toml.contains(&format!("name = \"{}\"", p.name)));
    }
    assert_eq!(toml.matches("[[site]]").count(), 6);
}

/// Crawls every portal in every month: the broken targets are exactly the
/// expected `broken_link` keys, with the right class and homepage flag,
/// and the robots-disallowed page is never requested.
#[tokio::test]
async fn the_only_broken_links_are_the_expected_ones() {
    let net = Network::start().await.unwrap();
    for (month, _) in MONTHS {
        net.set_month(month);
        net.clear_requests();
        let exp = expected(month);
        for p in net.portals().iter().filter(|p| p.id != "inst-down") {
            let res = crawl(&p.url, &["/admin/"]).await;
            assert!(
                res.pages.len() > 20,
                "{} {month}: {} pages",
                p.id,
                res.pages.len()
            );
            let want: BTreeSet<String> = exp
                .iter()
                .filter(|e| e.portal == p.id && e.kind == "broken_link")
                .map(|e| e.key.clone())
                .collect();
            let got: BTreeSet<String> = res.broken.keys().cloned().collect();
            assert_eq!(got, want, "{} {month}", p.id);
            for e in exp
                .iter()
                .filter(|e| e.portal == p.id && e.kind == "broken_link")
            {
                let (why, found_on) = &res.broken[&e.key];
                assert_eq!(
                    e.on_homepage,
                    Some(found_on.contains("/")),
                    "{} {month}",
                    e.key
                );
                let class = match why {
                    Broken::Status(_) => "http_status",
                    Broken::Soft404 => "soft_404",
                    Broken::RedirectLoop => "redirect_loop",
                };
                assert_eq!(e.class, Some(class), "{}", e.key);
            }
            if p.id == "dept-broken" && month == "2024-01" {
                let footer = &res.broken["/wza/index.html"].1;
                assert!(
                    footer.len() > 20,
                    "the footer link is on every page: {}",
                    footer.len()
                );
            }
            assert!(
                net.requests(p.id)
                    .iter()
                    .all(|r| !r.path_and_query.starts_with("/admin/")),
                "{}",
                p.id
            );
        }
    }
}

/// The expected words really are on the pages, and the traps are where
/// the notes say.
#[tokio::test]
async fn sensitive_words_and_traps_are_in_place() {
    let net = Network::start().await.unwrap();
    let base = url(&net, "inst-words");
    let w1 = get(&base, "/zwgk/gzdt/202401/t20240115_9101.html")
        .await
        .unwrap()
        .text();
    assert!(w1.contains("党的２０大") && w1.contains("国家工商行政管理总局"));
    assert!(w1.contains("原国土资源部") && w1.contains("农业部门"));
    let w2 = get(&base, "/zwgk/tzgg/202401/t20240122_9102.html")
        .await
        .unwrap()
        .text();
    assert!(w2.contains("中华人民&nbsp;共合国") && w2.contains("一带一路战略"));
    let w3 = get(&base, "/zwgk/gzdt/202401/t20240125_9103.html")
        .await
        .unwrap()
        .text();
    assert!(w3.contains("国家工商\u{200B}行政管理总局") && w3.contains("一带一路 战略"));
    let home = get(&base, "/").await.unwrap().text();
    assert!(
        home.contains("<script type=\"text/javascript\">var oldName = \"国家工商行政管理总局\"")
    );
    assert!(home.contains("<!-- 旧版栏目：国家工商行政管理总局 中华人民共合国 -->"));
    net.set_month("2024-03");
    let w1 = get(&base, "/zwgk/gzdt/202401/t20240115_9101.html")
        .await
        .unwrap()
        .text();
    assert!(w1.contains("党的二十大") && !w1.contains("党的２０大"));
    let w3 = get(&base, "/zwgk/gzdt/202401/t20240125_9103.html")
        .await
        .unwrap()
        .text();
    assert!(w3.contains("国家工商\u{200B}行政管理总局") && !w3.contains("一带一路 战略"));
}

#[tokio::test]
async fn guides_and_messages_show_what_expected_says() {
    let net = Network::start().await.unwrap();
    let base = url(&net, "inst-words");
    let g2 = get(&base, "/bszn/202401/t20240111_9202.html")
        .await
        .unwrap()
        .text();
    for label in ["受理条件", "申请材料", "咨询电话", "收费标准"] {
        assert!(g2.contains(label), "{label}");
    }
    for missing in ["设定依据", "办理流程", "办理时限"] {
        assert!(!g2.contains(missing), "{missing}");
    }
    let list = get(&base, "/hdjl/ldxx/").await.unwrap().text();
    assert!(list.contains("未回复") && list.contains("已回复"));
    let old = get(&base, "/hdjl/ldxx/detail.jsp?id=1093")
        .await
        .unwrap()
        .text();
    assert!(old.contains("2023-10-20") && old.contains("暂未答复"));
    net.set_month("2024-03");
    let old = get(&base, "/hdjl/ldxx/detail.jsp?id=1093")
        .await
        .unwrap()
        .text();
    assert!(old.contains("2024-03-05") && !old.contains("暂未答复"));
}

#[test]
fn expectations_are_consistent() {
    for (month, _) in MONTHS {
        let e = expected(month);
        assert!(e.iter().all(|x| x.portal != "county-good"), "{month}");
        assert!(
            e.iter()
                .any(|x| x.portal == "inst-down" && x.kind == "site_unreachable")
        );
        let q = qualified(month);
        assert_eq!(q.len(), 6);
        assert!(q.contains(&("county-good", true)));
        for x in &e {
            assert!(
                [
                    "site_unreachable",
                    "stale_homepage",
                    "missing_column",
                    "blank_column",
                    "stale_column",
                    "column_due_soon",
                    "broken_link",
                    "sensitive_word",
                    "service_guide_incomplete",
                    "unanswered_message"
                ]
                .contains(&x.kind),
                "{}",
                x.kind
            );
        }
    }
    let count = |m: &str, p: &str, k: &str| {
        expected(m)
            .iter()
            .filter(|x| x.portal == p && x.kind == k)
            .count()
    };
    assert_eq!(count("2024-01", "dept-broken", "broken_link"), 7);
    assert_eq!(count("2024-02", "dept-broken", "broken_link"), 5);
    assert_eq!(count("2024-03", "dept-broken", "broken_link"), 3);
    assert_eq!(count("2024-03", "dept-stale", "stale_homepage"), 0);
    assert_eq!(count("2024-02", "dept-stale", "stale_homepage"), 1);
    assert_eq!(count("2024-03", "inst-words", "sensitive_word"), 1);
    assert!(expected("2023-12").is_empty());
}

#[tokio::test]
#[ignore = "prints the crawl of every portal"]
async fn print_crawl() {
    let net = Network::start().await.unwrap();
    for (month, _) in MONTHS {
        net.set_month(month);
        for p in net.portals() {
            let res = crawl(&p.url, &["/admin/"]).await;
            println!(
                "{month} {} pages={} broken={:?}",
                p.id,
                res.pages.len(),
                res.broken
                    .iter()
                    .map(|(k, v)| (k, &v.0, v.1.len()))
                    .collect::<Vec<_>>()
            );
        }
    }
}

#[tokio::test]
async fn generated_site_serves_the_same_pages_as_generated_pages() {
    use govcheck_testsite::Weight;
    for weight in [Weight::Light, Weight::Portal] {
        let site = govcheck_testsite::generated_site(500, weight)
            .await
            .unwrap();
        assert_eq!(site.requests_served(), 0);
        assert_eq!(site.pages, 500);
        let pages: Vec<(String, Vec<u8>)> =
            govcheck_testsite::generated_pages(500, weight).collect();
        assert_eq!(pages.len(), 500);
        let mut c = Conn::open(&site.url).await.unwrap();
        for (path, body) in pages.iter().step_by(7) {
            let r = c.request("GET", path).await.unwrap();
            assert_eq!(r.status, 200, "{path}");
            assert_eq!(&r.body, body, "{path}");
        }
        // Every page of a small generated site is reachable by links
        // alone, and every link and asset resolves.
        let small = govcheck_testsite::generated_site(120, weight)
            .await
            .unwrap();
        let res = crawl(&small.url, &[]).await;
        assert_eq!(res.pages.len(), 120, "{weight:?}");
        assert!(
            res.broken.is_empty(),
            "{weight:?}: {:?}",
            res.broken.keys().collect::<Vec<_>>()
        );
        let article = String::from_utf8_lossy(&pages[pages.len() - 1].1).into_owned();
        let (min_links, min_bytes) = match weight {
            Weight::Light => (5, 1_000),
            // The small end of the saved real portal pages.
            Weight::Portal => (80, 18_000),
        };
        assert!(
            article.matches("href=\"").count() >= min_links,
            "{weight:?}"
        );
        assert!(
            article.len() >= min_bytes,
            "{weight:?}: {} bytes",
            article.len()
        );
    }
}

#[test]
fn the_date_arithmetic_behind_the_expectations_holds() {
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    // dept-stale 通知公告: due soon in January (notice class, 180 days,
    // margin 7), stale in February.
    assert_eq!((d("2024-01-31") - d("2023-08-10")).num_days(), 174);
    assert_eq!((d("2024-02-29") - d("2023-08-10")).num_days(), 203);
    // dept-stale homepage / 工作动态 (14 days).
    assert_eq!((d("2024-01-31") - d("2024-01-12")).num_days(), 19);
    assert_eq!((d("2024-02-29") - d("2024-02-05")).num_days(), 24);
    assert!((d("2024-03-31") - d("2024-03-28")).num_days() < 7);
    // inst-words message asked 2023-10-20 (unanswered after 90 days).
    assert_eq!((d("2024-01-31") - d("2023-10-20")).num_days(), 103);
    assert_eq!((d("2024-02-29") - d("2023-10-20")).num_days(), 132);
    // The message asked 2024-01-25 is not overdue in February.
    assert!((d("2024-02-29") - d("2024-01-25")).num_days() <= 90);
    // county-gbk 人事任免 (365 days).
    assert!((d("2024-01-31") - d("2022-11-15")).num_days() > 365);
}
