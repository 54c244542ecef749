//! Who a site is, read off its homepage, for `govcheck check URL` run
//! without a site list: the name a circular prints and the category that
//! decides the required columns.

use govcheck_model::{Category, PageFacts};

/// The site's name: the `SiteName` meta, else the first part of the
/// homepage title (`白鹭县人民政府门户网站 - 首页` → `白鹭县人民政府门户网站`).
pub fn site_name(home: &PageFacts) -> Option<String> {
    let from_meta = home
        .meta("sitename")
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let name = match from_meta {
        Some(n) => n.to_string(),
        None => home
            .title
            .split(['-', '_', '|', '—', '－', '｜'])
            .map(str::trim)
            .find(|s| !s.is_empty() && *s != "首页")?
            .to_string(),
    };
    Some(name)
}

/// The category a site's name suggests: a county/district government
/// portal (…人民政府, …政府网), a department (…局, …委员会, …办公室, …厅),
/// otherwise an institution (centres, schools, hospitals, museums …).
pub fn category_of(name: &str) -> Category {
    let n: String = name
        .trim()
        .trim_end_matches("门户网站")
        .trim_end_matches("网站")
        .trim_end_matches("官网")
        .trim_end_matches("门户")
        .to_string();
    let government = n.ends_with("人民政府") || n.ends_with("政府") || n.ends_with("政府网");
    if government && !n.contains("办公室") {
        return Category::County;
    }
    const DEPARTMENT_ENDINGS: [&str; 9] =
        ["局", "委员会", "委", "办公室", "办", "厅", "部", "署", "处"];
    if DEPARTMENT_ENDINGS.iter().any(|e| n.ends_with(e)) {
        return Category::Department;
    }
    Category::Institution
}

#[cfg(test)]
mod tests {
    use super::*;

    fn home(title: &str, sitename: Option<&str>) -> PageFacts {
        PageFacts {
            title: title.to_string(),
            meta: sitename
                .map(|s| vec![("sitename".to_string(), s.to_string())])
                .unwrap_or_default(),
            ..PageFacts::default()
        }
    }

    #[test]
    fn names_come_from_sitename_then_title() {
        assert_eq!(
            site_name(&home("首页 - 甲", Some("白鹭县人民政府"))).unwrap(),
            "白鹭县人民政府"
        );
        assert_eq!(
            site_name(&home("白鹭县交通运输局 - 首页", None)).unwrap(),
            "白鹭县交通运输局"
        );
        assert_eq!(site_name(&home("", None)), None);
    }

    #[test]
    fn categories_follow_the_name() {
        assert_eq!(category_of("凉州区人民政府门户网站"), Category::County);
        assert_eq!(category_of("袁州区政府网"), Category::County);
        assert_eq!(category_of("武威市发展和改革委员会"), Category::Department);
        assert_eq!(category_of("白鹭县交通运输局"), Category::Department);
        assert_eq!(category_of("武威市人民政府办公室"), Category::Department);
        assert_eq!(category_of("白鹭县政务服务中心"), Category::Institution);
        assert_eq!(category_of("武威市人民医院"), Category::Institution);
    }
}
