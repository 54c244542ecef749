//! A large synthetic portal for the crawl and parse benchmarks: homepage →
//! columns → paginated lists → articles, some images, all deterministic
//! and computed on request (no table in memory, so a 100 000-page site
//! costs nothing to serve).
//!
//! Two weights: [`Weight::Portal`] pages carry the chrome of a real county
//! portal (inline style and script, a three-level navigation, a sidebar,
//! 友情链接 selects, the identity footer): about 20 KB and 100 links a
//! page, the small end of the saved real pages in `../shared/realpages`
//! (18–420 KB, 20–400 links). [`Weight::Light`] pages are the bare
//! minimum (about 2 KB, 20 links), which measures per-request overhead
//! rather than crawling.

use crate::server::{Handler, Resp, Server};
use crate::site::{GIF, ymd};
use crate::text;
use std::sync::Arc;

const PER_LIST: usize = 20;
const MAX_COLUMNS: usize = 10;

const COLUMN_NAMES: [&str; MAX_COLUMNS] = [
    "工作动态",
    "通知公告",
    "政策文件",
    "政策解读",
    "人事信息",
    "规划计划",
    "财政预决算",
    "部门动态",
    "乡镇动态",
    "公示公告",
];

/// How much a generated page carries besides its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    /// A minimal page: title, ten-link navigation, content, one footer line.
    Light,
    /// A page with the chrome of a real county portal.
    Portal,
}

/// The page layout for a site of `pages` pages: `lists` list pages and
/// `pages - 1 - lists` articles.
#[derive(Clone, Debug)]
struct Shape {
    pages: usize,
    lists: usize,
    columns: usize,
    /// The portal chrome, rendered once (`None`: light pages).
    chrome: Option<Arc<Chrome>>,
}

impl Shape {
    fn new(pages: usize, weight: Weight) -> Shape {
        let pages = pages.max(2);
        let lists = (pages - 1).div_ceil(PER_LIST + 1).max(1);
        let mut shape = Shape {
            pages,
            lists,
            columns: lists.min(MAX_COLUMNS),
            chrome: None,
        };
        if weight == Weight::Portal {
            shape.chrome = Some(Arc::new(Chrome::new(&shape)));
        }
        shape
    }

    fn articles(&self) -> usize {
        self.pages - 1 - self.lists
    }

    /// Path of list page `j` (column `j % columns`, page `j / columns`).
    fn list_path(&self, j: usize) -> String {
        let (c, k) = (j % self.columns, j / self.columns);
        if k == 0 {
            format!("/col{c}/")
        } else {
            format!("/col{c}/index_{k}.html")
        }
    }

    fn lists_of_column(&self, c: usize) -> usize {
        (self.lists - c).div_ceil(self.columns)
    }

    fn article_path(&self, a: usize) -> String {
        let j = self.list_of_article(a);
        let d = ymd(2024, 3, 30) - chrono::Duration::days((a % 700) as i64);
        format!(
            "/col{}/{}/t{}_{a}.html",
            j % self.columns,
            d.format("%Y%m"),
            d.format("%Y%m%d")
        )
    }

    /// The articles listed on list page `j` (the last list takes the rest).
    fn articles_of_list(&self, j: usize) -> std::ops::Range<usize> {
        let start = (j * PER_LIST).min(self.articles());
        let end = if j + 1 == self.lists {
            self.articles()
        } else {
            ((j + 1) * PER_LIST).min(self.articles())
        };
        start..end
    }

    fn list_of_article(&self, a: usize) -> usize {
        (a / PER_LIST).min(self.lists - 1)
    }

    /// Every page path, homepage first.
    fn paths(&self) -> impl Iterator<Item = String> + '_ {
        std::iter::once("/".to_string())
            .chain((0..self.lists).map(|j| self.list_path(j)))
            .chain((0..self.articles()).map(|a| self.article_path(a)))
    }

    fn nav(&self) -> String {
        let mut h = String::from("<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li>\n");
        for (c, name) in COLUMN_NAMES.iter().enumerate().take(self.columns) {
            h.push_str(&format!("<li><a href=\"/col{c}/\">{name}</a></li>\n"));
        }
        h.push_str("</ul></div>\n");
        h
    }

    fn wrap(&self, title: &str, main: &str) -> String {
        if let Some(chrome) = &self.chrome {
            return chrome.wrap(title, main);
        }
        format!(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><meta name=\"SiteName\" content=\"样例生成站点\"><meta name=\"SiteIDCode\" content=\"3609990099\"><title>{title}</title><link rel=\"stylesheet\" href=\"/css/main.css\"></head>\n<body>\n<div class=\"header\"><img src=\"/images/logo.gif\" alt=\"样例生成站点\"></div>\n{}{main}<div class=\"footer\"><p>网站标识码：3609990099　赣ICP备05099999号</p><p>版权所有 © 2024</p></div>\n</body></html>\n",
            self.nav()
        )
    }

    fn homepage(&self) -> String {
        let mut main = String::from("<div class=\"index\">\n");
        for (c, name) in COLUMN_NAMES.iter().enumerate().take(self.columns) {
            main.push_str(&format!(
                "<div class=\"block\"><h3><a href=\"/col{c}/\">{name}</a></h3><ul>\n"
            ));
            for a in self.articles_of_list(c).take(2) {
                main.push_str(&self.article_li(a));
            }
            main.push_str("</ul></div>\n");
        }
        main.push_str("</div>\n");
        self.wrap("样例生成站点", &main)
    }

    fn article_li(&self, a: usize) -> String {
        let d = ymd(2024, 3, 30) - chrono::Duration::days((a % 700) as i64);
        format!(
            "<li><a href=\"{}\">{}</a><span class=\"time\">{}</span></li>\n",
            self.article_path(a),
            text::title(text::Topic::News, "", a as u64),
            d.format("%Y-%m-%d")
        )
    }

    fn list(&self, j: usize) -> String {
        let (c, k) = (j % self.columns, j / self.columns);
        let mut main = format!("<div class=\"list\"><h2>{}</h2><ul>\n", COLUMN_NAMES[c]);
        for a in self.articles_of_list(j) {
            main.push_str(&self.article_li(a));
        }
        main.push_str("</ul>\n");
        let n = self.lists_of_column(c);
        main.push_str(&format!(
            "<script>createPageHTML({n}, {k}, \"index\", \"html\");</script>\n<div class=\"pages\">"
        ));
        if k > 0 {
            main.push_str(&format!(
                "<a href=\"{}\">上一页</a> ",
                self.list_path(j - self.columns)
            ));
        }
        if k + 1 < n {
            main.push_str(&format!(
                "<a href=\"{}\">下一页</a>",
                self.list_path(j + self.columns)
            ));
        }
        main.push_str("</div></div>\n");
        self.wrap(COLUMN_NAMES[c], &main)
    }

    fn article(&self, a: usize) -> String {
        let d = ymd(2024, 3, 30) - chrono::Duration::days((a % 700) as i64);
        let title = text::title(text::Topic::News, "", a as u64);
        let img = if a.is_multiple_of(4) {
            format!(
                "<p><img src=\"/images/p{}.gif\" alt=\"图片\"></p>\n",
                a % 50
            )
        } else {
            String::new()
        };
        let j = self.list_of_article(a);
        // A portal article: a longer text, the reading tools and the
        // share script a CMS template adds to every article.
        let (tools, more) = if self.chrome.is_some() {
            (
                ARTICLE_TOOLS,
                (1..4)
                    .map(|k| text::body(a as u64 * 7 + k))
                    .collect::<String>(),
            )
        } else {
            ("", String::new())
        };
        let main = format!(
            "<div class=\"article\"><div class=\"crumb\">您当前所在位置：<a href=\"/\">首页</a> &gt; <a href=\"{}\">{}</a></div><h1>{title}</h1><div class=\"pubDate\">发布时间：{} 09:30</div>\n{tools}<div id=\"zoom\">{img}{}{more}</div><p>相关阅读：{}</p></div>\n",
            self.list_path(j % self.columns),
            COLUMN_NAMES[j % self.columns],
            d.format("%Y-%m-%d"),
            text::body(a as u64),
            (1..4)
                .map(|o| {
                    let b = (a + o * 7) % self.articles().max(1);
                    format!(
                        "<a href=\"{}\">{}</a>",
                        self.article_path(b),
                        text::title(text::Topic::News, "", b as u64)
                    )
                })
                .collect::<Vec<_>>()
                .join(" ")
        );
        self.wrap(&title, &main)
    }

    /// The page at `path`, if the site has one.
    fn page(&self, path: &str) -> Option<Vec<u8>> {
        if path == "/" || path == "/index.html" {
            return Some(self.homepage().into_bytes());
        }
        let rest = path.strip_prefix("/col")?;
        let (c, tail) = rest.split_once('/')?;
        let c: usize = c.parse().ok()?;
        if c >= self.columns {
            return None;
        }
        if tail.is_empty() || tail == "index.html" {
            return Some(self.list(c).into_bytes());
        }
        if let Some(k) = tail
            .strip_prefix("index_")
            .and_then(|t| t.strip_suffix(".html"))
        {
            let k: usize = k.parse().ok()?;
            let j = k * self.columns + c;
            return (k > 0 && j < self.lists).then(|| self.list(j).into_bytes());
        }
        let a: usize = tail
            .rsplit_once('_')?
            .1
            .strip_suffix(".html")?
            .parse()
            .ok()?;
        (a < self.articles() && self.article_path(a) == path).then(|| self.article(a).into_bytes())
    }

    fn respond(&self, path: &str) -> Resp {
        let path = path.split('?').next().unwrap_or(path);
        if let Some(body) = self.page(path) {
            return Resp::new(200, "text/html; charset=utf-8", body);
        }
        if path.starts_with("/css/") && path.ends_with(".css") {
            return Resp::new(200, "text/css", "body{font:14px sans-serif}\n");
        }
        if path.starts_with("/js/") && path.ends_with(".js") {
            return Resp::new(200, "application/javascript", "/* sample portal */\n");
        }
        if path == "/robots.txt" {
            return Resp::new(200, "text/plain", "User-agent: *\nAllow: /\n");
        }
        if path.starts_with("/images/") {
            return Resp::new(200, "image/gif", GIF);
        }
        Resp::html(
            404,
            "<html><head><title>404</title></head><body>页面不存在</body></html>".into(),
        )
    }
}

/// Navigation groups of a county portal: (group, sub-column names). Each
/// sub-column links to one of the site's column pages.
const NAV_GROUPS: [(&str, [&str; 6]); 8] = [
    (
        "走进样例",
        [
            "县情概况",
            "历史沿革",
            "行政区划",
            "自然资源",
            "人口民族",
            "旅游景点",
        ],
    ),
    (
        "政务公开",
        [
            "领导信息",
            "机构职能",
            "政策文件",
            "政策解读",
            "人事信息",
            "财政信息",
        ],
    ),
    (
        "政务服务",
        [
            "办事指南",
            "便民服务",
            "公共服务",
            "网上办事",
            "办件查询",
            "服务评价",
        ],
    ),
    (
        "互动交流",
        [
            "县长信箱",
            "咨询投诉",
            "在线访谈",
            "意见征集",
            "调查征集",
            "热点回应",
        ],
    ),
    (
        "新闻中心",
        [
            "工作动态",
            "乡镇动态",
            "部门动态",
            "图片新闻",
            "视频新闻",
            "媒体聚焦",
        ],
    ),
    (
        "专题专栏",
        [
            "乡村振兴",
            "营商环境",
            "安全生产",
            "生态环境",
            "民生实事",
            "法治建设",
        ],
    ),
    (
        "数据发布",
        [
            "统计数据",
            "统计公报",
            "统计分析",
            "数据解读",
            "数据开放",
            "年鉴资料",
        ],
    ),
    (
        "公示公告",
        [
            "通知公告",
            "招标采购",
            "征地信息",
            "人事任免",
            "表彰奖励",
            "其他公示",
        ],
    ),
];

/// Options of the 友情链接 selects, as portals list their neighbours.
const FRIEND_GROUPS: [(&str, [&str; 8]); 4] = [
    (
        "国务院部门网站",
        [
            "国家发展和改革委员会",
            "教育部",
            "科学技术部",
            "工业和信息化部",
            "公安部",
            "民政部",
            "司法部",
            "财政部",
        ],
    ),
    (
        "省级政府网站",
        [
            "北京市人民政府",
            "天津市人民政府",
            "河北省人民政府",
            "山西省人民政府",
            "江西省人民政府",
            "湖南省人民政府",
            "湖北省人民政府",
            "安徽省人民政府",
        ],
    ),
    (
        "市级政府网站",
        [
            "南昌市人民政府",
            "景德镇市人民政府",
            "萍乡市人民政府",
            "九江市人民政府",
            "新余市人民政府",
            "鹰潭市人民政府",
            "赣州市人民政府",
            "宜春市人民政府",
        ],
    ),
    (
        "县区政府网站",
        [
            "袁州区人民政府",
            "樟树市人民政府",
            "丰城市人民政府",
            "靖安县人民政府",
            "奉新县人民政府",
            "高安市人民政府",
            "上高县人民政府",
            "宜丰县人民政府",
        ],
    ),
];

/// The inline style a portal template carries in every page.
const INLINE_STYLE: &str = "<style type=\"text/css\">
body{margin:0;padding:0;font:14px/1.8 \"Microsoft YaHei\",\"微软雅黑\",SimSun,Arial;color:#333;background:#f5f5f5}
a{color:#333;text-decoration:none}a:hover{color:#c00;text-decoration:underline}
ul,li{margin:0;padding:0;list-style:none}img{border:0}
.w1200{width:1200px;margin:0 auto}.clearfix:after{content:\"\";display:block;clear:both}
.topbar{height:36px;line-height:36px;background:#fff;border-bottom:1px solid #e5e5e5;font-size:13px}
.topbar .fl{float:left}.topbar .fr{float:right}.topbar a{margin-left:14px}
.header{height:160px;background:url(/images/banner.jpg) no-repeat center top}
.header .logo{float:left;padding-top:40px}.header .search{float:right;padding-top:60px}
.search input.text{width:260px;height:34px;border:1px solid #c00;padding:0 8px}
.search button{width:70px;height:36px;background:#c00;color:#fff;border:0;cursor:pointer}
.nav{height:50px;background:#b30000}.nav>ul>li{float:left;position:relative;width:133px;text-align:center}
.nav>ul>li>a{display:block;height:50px;line-height:50px;color:#fff;font-size:18px}
.nav .sub{display:none;position:absolute;top:50px;left:0;width:133px;background:#fff;z-index:99;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.nav li:hover .sub{display:block}.nav .sub a{display:block;height:36px;line-height:36px;border-bottom:1px dashed #ddd}
.position{height:40px;line-height:40px;background:#fff;padding-left:20px;margin-top:10px}
.main{background:#fff;padding:20px;min-height:600px}.main .left{float:left;width:860px}.main .right{float:right;width:280px}
.list li{height:38px;line-height:38px;border-bottom:1px dashed #ddd;padding-left:12px;background:url(/images/dot.gif) no-repeat left center}
.list li a{float:left;width:700px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}.list li span{float:right;color:#999}
.article h1{font-size:26px;text-align:center;color:#c00;line-height:1.5}.article .pubDate{text-align:center;color:#999;border-bottom:1px solid #ddd}
.article p{text-indent:2em;font-size:16px;line-height:2}.side h3{height:40px;line-height:40px;background:#b30000;color:#fff;padding-left:12px}
.side li{height:34px;line-height:34px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.zt a{display:block;margin-bottom:10px}.zt img{width:280px;height:80px}
.footer{background:#b30000;color:#fff;text-align:center;padding:20px 0;margin-top:20px}.footer a{color:#fff}
.friends{background:#fff;padding:12px 0;margin-top:20px}.friends select{width:280px;height:32px;margin:0 6px}
.elder .nav>ul>li>a{font-size:22px}.elder body{font-size:18px}
@media screen and (max-width:1200px){.w1200{width:100%}.main .left,.main .right{float:none;width:auto}}
</style>
";

/// The inline script a portal template carries in every page: date
/// display, 长者模式, search validation, font size.
const INLINE_SCRIPT: &str = "<script type=\"text/javascript\">
var weekDays = [\"星期日\",\"星期一\",\"星期二\",\"星期三\",\"星期四\",\"星期五\",\"星期六\"];
function showToday(id){
  var d = new Date(), el = document.getElementById(id);
  if(!el){ return; }
  el.innerHTML = d.getFullYear() + \"年\" + (d.getMonth()+1) + \"月\" + d.getDate() + \"日 \" + weekDays[d.getDay()];
}
function toggleElder(){
  var b = document.body;
  if(b.className.indexOf(\"elder\") >= 0){ b.className = b.className.replace(\"elder\", \"\"); setCookie(\"elder\", \"0\"); }
  else { b.className += \" elder\"; setCookie(\"elder\", \"1\"); }
}
function setCookie(name, value){
  var exp = new Date(); exp.setTime(exp.getTime() + 30*24*60*60*1000);
  document.cookie = name + \"=\" + escape(value) + \";expires=\" + exp.toGMTString() + \";path=/\";
}
function getCookie(name){
  var arr = document.cookie.match(new RegExp(\"(^| )\" + name + \"=([^;]*)(;|$)\"));
  return arr != null ? unescape(arr[2]) : null;
}
function checkSearch(form){
  var q = form.q.value.replace(/^\\s+|\\s+$/g, \"\");
  if(q == \"\" || q == \"请输入关键字\"){ alert(\"请输入搜索关键字\"); form.q.focus(); return false; }
  if(q.length > 38){ alert(\"关键字不能超过38个字符\"); return false; }
  return true;
}
function doZoom(size){
  var el = document.getElementById(\"zoom\");
  if(el){ el.style.fontSize = size + \"px\"; }
}
function openFriend(sel){
  var v = sel.options[sel.selectedIndex].value;
  if(v){ window.open(v); }
  sel.selectedIndex = 0;
}
window.onload = function(){ showToday(\"today\"); if(getCookie(\"elder\") == \"1\"){ toggleElder(); } };
</script>
";

/// The reading tools and share script of a portal article.
const ARTICLE_TOOLS: &str = "<div class=\"tools\">【字体：<a href=\"javascript:doZoom(20)\">大</a> <a href=\"javascript:doZoom(16)\">中</a> <a href=\"javascript:doZoom(14)\">小</a>】 <a href=\"javascript:window.print()\">打印本页</a> <a href=\"javascript:window.close()\">关闭窗口</a> <span class=\"share\">分享到：<a href=\"javascript:void(0)\" class=\"wx\">微信</a> <a href=\"javascript:void(0)\" class=\"wb\">微博</a></span></div>
<script type=\"text/javascript\">
(function(){
  var title = document.title, url = window.location.href;
  var links = document.querySelectorAll(\".share a\");
  for(var i = 0; i < links.length; i++){
    links[i].onclick = function(){
      var kind = this.className;
      if(kind == \"wb\"){ window.open(\"about:blank#\" + encodeURIComponent(title) + \"&url=\" + encodeURIComponent(url)); }
      else { alert(\"请使用微信扫一扫分享本页\"); }
      return false;
    };
  }
})();
</script>
";

/// The visitor statistics snippet portals carry in the footer.
const STATS_SCRIPT: &str = "<script type=\"text/javascript\">
var _stats = _stats || [];
(function(){
  var s = document.createElement(\"script\");
  s.src = \"/js/stats.js?site=3609990099&page=\" + encodeURIComponent(location.pathname);
  var x = document.getElementsByTagName(\"script\")[0];
  x.parentNode.insertBefore(s, x);
  _stats.push([\"_trackPageview\", location.pathname]);
})();
</script>
";

/// A county portal's chrome, rendered once per site: everything a page
/// carries besides its title and content.
#[derive(Debug)]
struct Chrome {
    /// `<head>` after the title: stylesheets, scripts, inline style and
    /// script.
    head: String,
    /// Top bar, header with search, navigation with sub-columns.
    top: String,
    /// Sidebar: latest news, special topics.
    side: String,
    /// 友情链接 selects and the identity footer.
    foot: String,
}

impl Chrome {
    fn new(shape: &Shape) -> Chrome {
        let mut head = String::from(
            "<link rel=\"stylesheet\" href=\"/css/main.css\" type=\"text/css\">\n<link rel=\"stylesheet\" href=\"/css/common.css\" type=\"text/css\">\n<script type=\"text/javascript\" src=\"/js/jquery.min.js\"></script>\n<script type=\"text/javascript\" src=\"/js/common.js\"></script>\n",
        );
        head.push_str(INLINE_STYLE);
        head.push_str(INLINE_SCRIPT);

        let mut top = String::from(
            "<div class=\"topbar\"><div class=\"w1200 clearfix\"><div class=\"fl\">今天是：<span id=\"today\"></span>　欢迎访问样例生成站点</div><div class=\"fr\"><a href=\"javascript:void(0)\" onclick=\"toggleElder()\">长者模式</a><a href=\"javascript:void(0)\" id=\"barrier\">无障碍浏览</a><a href=\"javascript:void(0)\" onclick=\"doZoom(18)\">大字体</a><a href=\"javascript:void(0)\">繁體版</a><a href=\"/\">手机版</a></div></div></div>\n",
        );
        top.push_str("<div class=\"header\"><div class=\"w1200 clearfix\"><div class=\"logo\"><a href=\"/\"><img src=\"/images/logo.gif\" alt=\"样例生成站点\" width=\"520\" height=\"80\"></a></div>\n<div class=\"search\"><form action=\"/search/\" method=\"get\" target=\"_blank\" onsubmit=\"return checkSearch(this)\"><input type=\"text\" class=\"text\" name=\"q\" value=\"请输入关键字\" onfocus=\"if(this.value=='请输入关键字')this.value=''\"><button type=\"submit\">搜索</button></form></div></div></div>\n");
        top.push_str(
            "<div class=\"nav\"><ul class=\"w1200 clearfix\">\n<li><a href=\"/\">首页</a></li>\n",
        );
        for (g, (group, subs)) in NAV_GROUPS.iter().enumerate() {
            let c = g % shape.columns;
            top.push_str(&format!(
                "<li><a href=\"/col{c}/\" target=\"_blank\">{group}</a><div class=\"sub\">\n"
            ));
            for (k, sub) in subs.iter().enumerate() {
                let c = (g * 6 + k) % shape.columns;
                top.push_str(&format!(
                    "<a href=\"/col{c}/\" title=\"{sub}\" target=\"_blank\">{sub}</a>\n"
                ));
            }
            top.push_str("</div></li>\n");
        }
        top.push_str("</ul></div>\n");

        let mut side = String::from("<div class=\"right side\"><h3>热点新闻</h3><ul>\n");
        for a in 0..10.min(shape.articles()) {
            side.push_str(&format!(
                "<li><a href=\"{}\" target=\"_blank\" title=\"{t}\">{t}</a></li>\n",
                shape.article_path(a),
                t = text::title(text::Topic::News, "", a as u64)
            ));
        }
        side.push_str("</ul><h3>专题专栏</h3><div class=\"zt\">\n");
        for (k, name) in NAV_GROUPS[5].1.iter().enumerate() {
            side.push_str(&format!(
                "<a href=\"/col{}/\" target=\"_blank\"><img src=\"/images/zt{k}.jpg\" alt=\"{name}\"></a>\n",
                k % shape.columns
            ));
        }
        side.push_str("</div></div>\n");

        let mut foot = String::from("<div class=\"friends w1200\"><span>友情链接：</span>\n");
        for (g, (group, names)) in FRIEND_GROUPS.iter().enumerate() {
            foot.push_str(&format!(
                "<select onchange=\"openFriend(this)\"><option value=\"\">——{group}——</option>\n"
            ));
            // Real menus name other sites; these stay on the sample site,
            // as every link of a benchmark must stay on loopback.
            for (k, name) in names.iter().enumerate() {
                foot.push_str(&format!(
                    "<option value=\"/col{}/\">{name}</option>\n",
                    (g * 8 + k) % shape.columns
                ));
            }
            foot.push_str("</select>\n");
        }
        foot.push_str(
            "</div>\n<div class=\"footer\"><div class=\"w1200\">\n<p><a href=\"/\">网站首页</a>",
        );
        for (k, name) in ["网站地图", "联系我们", "网站声明", "隐私保护"]
            .iter()
            .enumerate()
        {
            foot.push_str(&format!(
                " | <a href=\"/col{}/\">{name}</a>",
                k % shape.columns
            ));
        }
        foot.push_str("</p>\n<p>主办：样例县人民政府办公室　承办：样例县大数据中心　联系电话：0795-1234567　邮编：336000</p>\n<p>地址：江西省样例县城关镇人民路1号　网站标识码：3609990099</p>\n<p><span>赣ICP备05099999号</span>　<img src=\"/images/gaba.png\" alt=\"\" width=\"14\" height=\"14\"> 赣公网安备 36099902000099号</p>\n<p>建议使用1366×768分辨率 IE9.0以上版本浏览器</p>\n<p><img src=\"/images/dzjg.png\" alt=\"党政机关\" width=\"46\" height=\"56\"> <script id=\"_jiucuo_\" sitecode=\"3609990099\" src=\"/js/jiucuo.js\"></script></p>\n</div></div>\n");
        foot.push_str(STATS_SCRIPT);
        Chrome {
            head,
            top,
            side,
            foot,
        }
    }

    fn wrap(&self, title: &str, main: &str) -> String {
        let mut h = String::with_capacity(
            self.head.len()
                + self.top.len()
                + self.side.len()
                + self.foot.len()
                + main.len()
                + 1024,
        );
        h.push_str("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"SiteName\" content=\"样例生成站点\">\n<meta name=\"SiteDomain\" content=\"127.0.0.1\">\n<meta name=\"SiteIDCode\" content=\"3609990099\">\n<title>");
        h.push_str(title);
        h.push_str("</title>\n");
        h.push_str(&self.head);
        h.push_str("</head>\n<body>\n");
        h.push_str(&self.top);
        h.push_str("<div class=\"main w1200 clearfix\"><div class=\"left\">\n");
        h.push_str(main);
        h.push_str("</div>\n");
        h.push_str(&self.side);
        h.push_str("</div>\n");
        h.push_str(&self.foot);
        h.push_str("</body></html>\n");
        h
    }
}

/// A running generated site. Dropping it stops the server.
pub struct GeneratedSite {
    /// Homepage URL, `http://127.0.0.1:PORT/`.
    pub url: String,
    /// Number of HTML pages (homepage, list pages and articles).
    pub pages: usize,
    server: Server,
}

impl std::fmt::Debug for GeneratedSite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GeneratedSite")
            .field("url", &self.url)
            .field("pages", &self.pages)
            .finish()
    }
}

impl GeneratedSite {
    /// Requests answered so far (only counted, not logged, so that the
    /// server adds nothing to the benchmark's memory).
    pub fn requests_served(&self) -> u64 {
        self.server
            .served
            .load(std::sync::atomic::Ordering::Relaxed)
    }
}

/// Serves a generated portal of `pages` HTML pages (at least 2) on
/// 127.0.0.1:0, on the caller's tokio runtime.
pub async fn generated_site(pages: usize, weight: Weight) -> std::io::Result<GeneratedSite> {
    let shape = Shape::new(pages, weight);
    let pages = shape.pages;
    let (listener, addr) = Server::bind().await?;
    let handler: Handler = Arc::new(move |_m, target| shape.respond(target));
    let server = Server::serve(listener, handler, false);
    Ok(GeneratedSite {
        url: format!("http://{addr}/"),
        pages,
        server,
    })
}

/// The same pages as [`generated_site`] serves, as (path, HTML bytes), for
/// a parse-only benchmark.
pub fn generated_pages(pages: usize, weight: Weight) -> impl Iterator<Item = (String, Vec<u8>)> {
    let shape = Shape::new(pages, weight);
    let paths: Vec<String> = shape.paths().collect();
    paths.into_iter().map(move |p| {
        let body = shape.page(&p).unwrap_or_default();
        (p, body)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_exists_and_counts_match() {
        for (n, weight) in [2, 3, 22, 100, 1000, 2345]
            .into_iter()
            .flat_map(|n| [(n, Weight::Light), (n, Weight::Portal)])
        {
            let pages: Vec<_> = generated_pages(n, weight).collect();
            assert_eq!(pages.len(), n.max(2), "n={n}");
            let shape = Shape::new(n, weight);
            for (p, body) in &pages {
                assert!(!body.is_empty(), "{p} of {n}");
                assert_eq!(shape.respond(p).status, 200, "{p}");
                // Every link and asset on the page exists, on the small
                // sites where the fewest columns are (the big ones only
                // repeat the shape).
                if n > 100 {
                    continue;
                }
                let html = String::from_utf8_lossy(body);
                for attr in ["href=\"/", "src=\"/", "value=\"/"] {
                    for (at, _) in html.match_indices(attr) {
                        let rest = &html[at + attr.len() - 1..];
                        let target = &rest[..rest.find('"').unwrap_or(rest.len())];
                        assert_eq!(
                            shape.respond(target).status,
                            200,
                            "{target} on {p} of {n} ({weight:?})"
                        );
                    }
                }
            }
            let mut uniq: Vec<&String> = pages.iter().map(|(p, _)| p).collect();
            uniq.sort();
            uniq.dedup();
            assert_eq!(uniq.len(), pages.len());
        }
    }
}
