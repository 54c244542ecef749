//! 办事指南 recognition and completeness, on hand-built page facts.

use govcheck_config::rules::Rules;
use govcheck_inspect::guides::{self, element_of, is_guide_page, normalize_label};
use govcheck_model::{FindingDetail, PageFacts, Severity};

fn page(title: &str, fields: &[(&str, &str)]) -> PageFacts {
    PageFacts {
        url: "http://www.a.gov.cn/bsfw/bszn/202401/t1.html".into(),
        final_url: "http://www.a.gov.cn/bsfw/bszn/202401/t1.html".into(),
        status: 200,
        title: title.into(),
        fields: fields
            .iter()
            .map(|(l, v)| (l.to_string(), v.to_string()))
            .collect(),
        ..PageFacts::default()
    }
}

fn missing(f: &govcheck_model::Finding) -> Vec<String> {
    match &f.detail {
        FindingDetail::ServiceGuideIncomplete {
            missing_elements, ..
        } => missing_elements.clone(),
        other => panic!("unexpected {other:?}"),
    }
}

const COMPLETE: [(&str, &str); 10] = [
    ("事项名称", "城乡居民养老保险待遇申领"),
    ("设定依据", "《中华人民共和国社会保险法》第二十条"),
    ("申请条件", "年满60周岁"),
    ("办理材料", "身份证原件"),
    ("办理地点", "县政务服务中心一楼"),
    ("办理时间", "工作日上午9:00-12:00"),
    ("联系电话", "0935-1234567"),
    ("办理流程", "申请—受理—审核—办结"),
    ("收费标准", "不收费"),
    ("办理时限", "5个工作日"),
];

#[test]
fn complete_guide_gives_no_finding() {
    let p = page("城乡居民养老保险待遇申领办事指南", &COMPLETE);
    assert!(is_guide_page(&p));
    assert_eq!(guides::check(&p, &Rules::default()), None);
}

#[test]
fn synonyms_count_as_the_element() {
    let fields = [
        ("服务名称", "城乡居民养老保险待遇申领"),
        ("法律依据", "《社会保险法》"),
        ("受理条件", "年满60周岁"),
        ("申请材料", "身份证原件"),
        ("受理地点", "县政务服务中心"),
        ("受理时间", "工作日"),
        ("咨询方式", "0935-1234567"),
        ("办事流程", "申请—受理—办结"),
        ("是否收费", "否"),
        ("法定办结时限", "20个工作日"),
    ];
    let p = page("养老保险待遇申领 - 办事服务", &fields);
    assert!(is_guide_page(&p));
    assert_eq!(guides::check(&p, &Rules::default()), None);
}

#[test]
fn absent_and_empty_elements_are_missing_in_canonical_order() {
    let fields = [
        ("事项名称", "个体工商户设立登记"),
        ("【一、设定依据】", "《促进个体工商户发展条例》"),
        ("二、受理条件：", "/"),
        ("（三）申请材料", "暂无"),
        ("办理地点", "县市场监管局"),
        ("办理时间", "  "),
        ("咨询电话", "—"),
        ("收费标准", "无"),
        ("办理时限", "待定"),
    ];
    let p = page("个体工商户设立登记服务指南", &fields);
    let f = guides::check(&p, &Rules::default()).expect("incomplete guide");
    assert_eq!(f.severity, Severity::Deduction);
    assert_eq!(
        missing(&f),
        vec![
            "申请条件",
            "办理材料",
            "办理时间",
            "联系电话",
            "办理流程",
            "办理时限"
        ]
    );
    match &f.detail {
        FindingDetail::ServiceGuideIncomplete { url, title, .. } => {
            assert_eq!(url, "http://www.a.gov.cn/bsfw/bszn/202401/t1.html");
            assert_eq!(title, "个体工商户设立登记");
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn wu_and_bu_shoufei_are_real_values() {
    let mut fields = COMPLETE.to_vec();
    fields[8] = ("收费标准", "无");
    fields[2] = ("申请条件", "无");
    let p = page("办事指南", &fields);
    assert_eq!(guides::check(&p, &Rules::default()), None);
}

#[test]
fn an_element_given_twice_is_present_when_one_has_a_value() {
    let mut fields = COMPLETE.to_vec();
    fields.push(("承诺办结时限", ""));
    let p = page("办事指南", &fields);
    assert_eq!(guides::check(&p, &Rules::default()), None);
}

#[test]
fn breadcrumb_or_column_meta_marks_a_guide() {
    let fields = [("事项名称", "x"), ("设定依据", "y"), ("申请条件", "z")];
    let mut p = page("建筑工程施工许可", &fields);
    assert!(!is_guide_page(&p), "three elements without a marker");
    p.breadcrumbs = vec!["首页".into(), "办事服务".into(), "建设".into()];
    assert!(is_guide_page(&p));
    p.breadcrumbs.clear();
    p.meta = vec![("columntype".into(), "办事服务".into())];
    assert!(is_guide_page(&p));
    let f = guides::check(&p, &Rules::default()).expect("incomplete");
    assert_eq!(missing(&f).len(), 7);
}

#[test]
fn a_full_element_table_is_a_guide_without_marker() {
    let p = page("建筑工程施工许可", &COMPLETE[..6]);
    assert!(is_guide_page(&p));
    let f = guides::check(&p, &Rules::default()).expect("incomplete");
    assert_eq!(
        missing(&f),
        vec!["联系电话", "办理流程", "收费标准", "办理时限"]
    );
}

#[test]
fn non_guide_pages_are_not_guides() {
    // A news article that mentions 办事指南 in its title but has no element table.
    let news = page(
        "我县优化办事指南 提升服务效率",
        &[("发布时间", "2024-01-02")],
    );
    assert!(!is_guide_page(&news));
    assert_eq!(guides::check(&news, &Rules::default()), None);
    // 政府信息公开指南: 办公地点, 办公时间, 联系电话 are not a service guide.
    let open = page(
        "政府信息公开指南",
        &[
            ("受理机构", "县政府办公室"),
            ("办公地点", "县政府大楼"),
            ("办公时间", "工作日"),
            ("联系电话", "0935-1"),
            ("邮政编码", "733000"),
        ],
    );
    assert!(!is_guide_page(&open));
    // A contact page.
    let contact = page("联系我们", &[("联系电话", "1"), ("办公地点", "2")]);
    assert!(!is_guide_page(&contact));
}

#[test]
fn article_form_guides_are_read_from_the_text() {
    let mut p = page("城乡居民最低生活保障办事指南", &[]);
    p.content_text = "\
一、事项名称
城乡居民最低生活保障审批
二、设定依据
《社会救助暂行办法》
三、申请条件
家庭人均收入低于当地低保标准。
申请材料齐全的，当场受理
四、申请材料
1.户口簿
2.身份证
五、办理地点：县民政局
六、办理时间：
七、联系电话：0935-2222222
八、办理流程
十、相关附件
低保申请表.doc
九、收费标准：不收费"
        .into();
    assert!(is_guide_page(&p));
    let f = guides::check(&p, &Rules::default()).expect("incomplete");
    assert_eq!(missing(&f), vec!["办理时间", "办理流程", "办理时限"]);
}

#[test]
fn labels_are_normalised() {
    assert_eq!(normalize_label("【一、申请条件：】"), "申请条件");
    assert_eq!(normalize_label("（三） 办理 材料"), "办理材料");
    assert_eq!(normalize_label("1.办理地点:"), "办理地点");
    assert_eq!(normalize_label("第二项、设定依据"), "设定依据");
    assert_eq!(normalize_label("①收费标准"), "收费标准");
    assert_eq!(normalize_label("一次性告知"), "一次性告知");
    let r = Rules::default().guides;
    assert_eq!(element_of("事项类型", &r), None);
    assert_eq!(element_of("依据", &r), Some("设定依据"));
    assert_eq!(element_of("是否收费及收费标准", &r), Some("收费标准"));
    assert_eq!(element_of("办公时间", &r), Some("办理时间"));
    assert_eq!(element_of("承诺办结时限", &r), Some("办理时限"));
}

#[test]
fn a_service_hall_contact_box_is_not_a_guide() {
    let mut p = page(
        "办事服务 - 某某县人民政府",
        &[
            ("办理地点", "县政务服务中心"),
            ("办理时间", "工作日"),
            ("咨询电话", "0935-1"),
        ],
    );
    p.breadcrumbs = vec!["首页".into(), "办事服务".into()];
    assert!(!is_guide_page(&p));
    assert_eq!(guides::check(&p, &Rules::default()), None);
}

#[test]
fn a_tab_bar_of_element_titles_is_not_a_list_of_empty_elements() {
    let mut p = page("城乡居民最低生活保障办事指南", &[]);
    p.content_text = "\
基本信息
设定依据
申请条件
申请材料
办理流程
收费标准
《社会救助暂行办法》
家庭人均收入低于当地低保标准。
户口簿、身份证
申请、审核、审批
不收费
事项名称：最低生活保障
办理地点：县民政局
办理时间：工作日
联系电话：0935-1
办理时限：30个工作日"
        .into();
    assert!(is_guide_page(&p));
    assert_eq!(guides::check(&p, &Rules::default()), None);
    // Numbered, colon-terminated headings in a row are empty elements.
    p.content_text = "\
一、事项名称：最低生活保障
二、设定依据：
三、申请条件：
四、申请材料：
五、办理流程：
六、办理地点：县民政局
七、办理时间：工作日
八、联系电话：0935-1
九、收费标准：不收费
十、办理时限：30个工作日"
        .into();
    let f = guides::check(&p, &Rules::default()).expect("incomplete");
    assert_eq!(
        missing(&f),
        vec!["设定依据", "申请条件", "办理材料", "办理流程"]
    );
}
