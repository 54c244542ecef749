//! `GOVCHECK_DUMP=file.html cargo test -p govcheck-page --test dump -- --nocapture`
//! prints the facts of one real page (a debugging aid; does nothing otherwise).

#[test]
fn dump() {
    let Ok(name) = std::env::var("GOVCHECK_DUMP") else {
        return;
    };
    let path = format!(
        "{}/../../../shared/realpages/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let body = std::fs::read(&path).expect("page");
    let url = url::Url::parse("http://www.example.gov.cn/a/b/index.html").unwrap();
    let f = govcheck_page::analyze(&url, &body, None);
    println!(
        "title: {}\nencoding: {}\nmeta: {:?}",
        f.title, f.encoding, f.meta
    );
    println!(
        "breadcrumbs: {:?}\npublished: {:?}\nsays_empty: {}",
        f.breadcrumbs, f.published, f.says_empty
    );
    println!(
        "pagination({}): {:?}",
        f.pagination.len(),
        f.pagination.iter().take(3).collect::<Vec<_>>()
    );
    for d in &f.dated_items {
        println!("item: {:?}", d);
    }
    for r in f.rows.iter().take(40) {
        println!("row: {:?}", r);
    }
    for kv in &f.fields {
        println!("field: {:?}", kv);
    }
    for l in f.links.iter().take(60) {
        println!("link: {:?}", l);
    }
    println!("---- visible ----\n{}", f.visible_text);
    println!("---- content ----\n{}", f.content_text);
}
