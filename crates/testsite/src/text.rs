//! Deterministic Chinese filler text for titles and article bodies.
//!
//! Every phrase here was chosen to be free of the words the sensitive-word
//! lists look for (outdated institution names, wrong formulations), so a
//! "good" page never produces an accidental finding.

/// A small deterministic hash (FNV-1a) to pick phrases.
pub(crate) fn pick(seed: u64, n: usize) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in seed.to_le_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (h % n.max(1) as u64) as usize
}

pub(crate) const TOWNS: &[&str] = &[
    "城关镇",
    "河口镇",
    "青石乡",
    "柳林镇",
    "东湖街道",
    "白沙镇",
    "石桥乡",
    "松山镇",
];

const NEWS_TOPICS: &[&str] = &[
    "春季森林防火",
    "安全生产大检查",
    "乡村振兴重点项目",
    "城乡环境整治",
    "防汛备汛",
    "就业创业服务",
    "营商环境提升",
    "耕地保护",
    "冬春农田水利建设",
    "消防安全宣传",
    "文明城市创建",
    "重点项目建设",
    "民生实事推进",
    "校园周边安全",
    "食品安全抽检",
];

const NEWS_ACTIONS: &[&str] = &[
    "召开推进会",
    "开展专项行动",
    "部署相关工作",
    "召开工作调度会",
    "开展督导检查",
    "举办业务培训",
    "开展集中宣传",
    "推进工作落实",
];

const NOTICE_TOPICS: &[&str] = &[
    "春节期间值班安排",
    "公开招聘编外工作人员",
    "开展农村危房改造申报",
    "城区部分路段临时交通管制",
    "城乡居民医保集中缴费",
    "征集民生实事项目建议",
    "开展统计报表填报",
    "春季义务植树活动安排",
    "开展公共场所消防检查",
    "调整公交线路运营时间",
    "开展农机购置补贴申请",
    "举办就业援助月专场招聘会",
];

const POLICY_TOPICS: &[&str] = &[
    "进一步优化营商环境若干措施",
    "加强城乡生活垃圾分类管理实施方案",
    "农村人居环境整治提升行动方案",
    "促进中小企业发展若干措施",
    "县级储备粮管理办法",
    "城区停车管理规定",
    "加快推进现代农业发展实施意见",
    "公共资源交易管理办法",
    "老旧小区改造实施方案",
    "防汛抗旱应急预案",
];

const BODY: &[&str] = &[
    "会议强调，要进一步提高思想认识，压实工作责任，确保各项任务按时保质完成。",
    "各乡镇、各有关部门要加强协调配合，形成工作合力，及时解决推进过程中遇到的困难和问题。",
    "下一步，将持续跟踪问效，定期通报进展情况，推动工作取得实效。",
    "活动现场设置了政策咨询台，向过往群众发放宣传资料，解答群众关心的问题。",
    "据了解，今年以来全县累计完成相关项目投资同比增长，群众满意度持续提升。",
    "检查组深入一线，采取听取汇报、查阅资料、实地查看等方式，逐项对照检查。",
    "对检查中发现的问题，现场交办并明确整改时限，实行清单化管理、闭环式销号。",
    "参会人员结合各自工作实际进行了交流发言，并就下一阶段重点工作作了安排。",
    "此次培训采取集中授课与现场教学相结合的方式，进一步提升了基层干部业务能力。",
    "全县上下要以更加务实的作风，扎实推进各项工作，为经济社会高质量发展作出贡献。",
];

/// The kinds of column text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Topic {
    News,
    Notice,
    Policy,
    Interpretation,
    Personnel,
    Plan,
    Finance,
}

/// A title for item `i` of a column of kind `topic`; `org` is the issuing body.
pub(crate) fn title(topic: Topic, org: &str, i: u64) -> String {
    match topic {
        Topic::News => format!(
            "{}{}{}",
            TOWNS[pick(i * 7 + 1, TOWNS.len())],
            NEWS_TOPICS[pick(i * 13 + 2, NEWS_TOPICS.len())],
            NEWS_ACTIONS[pick(i * 17 + 3, NEWS_ACTIONS.len())]
        ),
        Topic::Notice => format!(
            "关于{}的通知",
            NOTICE_TOPICS[(i as usize) % NOTICE_TOPICS.len()]
        ),
        Topic::Policy => format!(
            "{}关于印发{}的通知",
            org,
            POLICY_TOPICS[(i as usize) % POLICY_TOPICS.len()]
        ),
        Topic::Interpretation => format!(
            "《{}》政策解读",
            POLICY_TOPICS[(i as usize) % POLICY_TOPICS.len()]
        ),
        Topic::Personnel => {
            let names = [
                "张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏",
            ];
            format!(
                "{}关于{}等同志职务任免的通知",
                org,
                names[(i as usize) % names.len()]
            )
        }
        Topic::Plan => {
            let plans = [
                "国民经济和社会发展年度计划",
                "“十四五”现代综合交通运输体系发展规划",
                "重点项目建设年度计划",
                "国土空间总体规划（2021—2035年）公示稿",
                "“十四五”卫生健康事业发展规划",
            ];
            format!("{}{}", org, plans[(i as usize) % plans.len()])
        }
        Topic::Finance => finance_title(org, 2024, i),
    }
}

/// A 财政预决算 title for an item published in `year`: budgets are for
/// that year, final accounts for the year before.
pub(crate) fn finance_title(org: &str, year: i32, i: u64) -> String {
    match i % 3 {
        0 => format!("{org}{year}年度部门预算公开"),
        1 => format!("{org}{}年度部门决算公开", year - 1),
        _ => format!("{org}{year}年度“三公”经费预算公开"),
    }
}

/// Three paragraphs of body text for item `i`.
pub(crate) fn body(i: u64) -> String {
    let mut out = String::new();
    for k in 0..3u64 {
        out.push_str("<p>　　");
        out.push_str(BODY[pick(i * 31 + k * 5 + 11, BODY.len())]);
        out.push_str(BODY[pick(i * 37 + k * 3 + 19, BODY.len())]);
        out.push_str("</p>\n");
    }
    out
}
