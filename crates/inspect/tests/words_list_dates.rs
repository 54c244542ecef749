//! An outdated name in a list item dated before the change is not an error.

use govcheck_config::words::WordList;
use govcheck_inspect::words::WordMatcher;
use std::path::Path;

fn matcher() -> WordMatcher {
    let list = WordList::parse(
        Path::new("t.tsv"),
        "国家旅游局\t文化和旅游部\t过时机构名称\tgeneral\t\t2018-03-17\n",
    )
    .unwrap();
    WordMatcher::new(&list)
}

#[test]
fn list_item_dated_before_since_is_excused() {
    let m = matcher();
    let text = "通知公告\n关于开展安全检查的通告 2023-06-20\n关于转发国家旅游局旅游市场秩序整治通知的通知 2017-03-01\n";
    assert!(m.scan(text).is_empty(), "{:?}", m.scan(text));
}

#[test]
fn list_item_dated_after_since_is_reported() {
    let m = matcher();
    let text = "关于转发国家旅游局旅游市场秩序整治通知的通知 2024-01-02\n";
    assert_eq!(m.scan(text).len(), 1);
    // A plain sentence with no date near it is reported too.
    assert_eq!(m.scan("请联系国家旅游局办公室。").len(), 1);
}
