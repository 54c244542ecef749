//! A misbehaving server for crawler tests (redirect loops, 429, 503,
//! huge bodies, slow pages, HEAD-refusing assets …).
//!
//! Hand-written HTTP/1.1 on a tokio `TcpListener`, so every answer can be
//! as broken as a real government server's: a connection closed without an
//! answer, a request never answered, 50 MiB streamed without holding it.
//! Every request is logged with its `Instant` of arrival, so tests prove
//! politeness from the server's own clock. Every response closes the
//! connection (`Connection: close`).
//!
//! Paths (everything else is 404):
//! - `/robots.txt`: [`DEFAULT_ROBOTS`] (`Disallow: /private/`, `Crawl-delay: 1`) unless changed
//! - `/` an index linking to every trap; replace it with [`TrapServer::page`]
//! - `/loop/a` ⇄ `/loop/b` (302 loop); `/chain/1` … `/chain/15` (14 hops, then 200)
//! - `/ok-chain/1` → `/2` → `/3` → `/ok-chain/end` (3 hops to a 200 page)
//! - `/r429/*`: 429 `Retry-After: 1` on the first request of each path, then 200
//! - `/r503/*`: 503 `Retry-After: 1` first, then 200; `/r503-date/*`: the same with an HTTP date
//! - `/always503`: 503 `Retry-After: 1` forever
//! - `/status/NNN`: that status (404, 500, 410 …)
//! - `/slow`: 200 after 2 s; `/hang`: never answers; `/reset`: closes without answering
//! - `/huge`: a 50 MiB HTML body, streamed; `/short-body`: Content-Length promises 5000 bytes more than sent
//! - `/soft404`: 200 titled 页面不存在; `/mentions404`: a normal page about 404 errors
//! - `/nohead/*`: HEAD → 405, ranged GET → 206, GET → 200; `/files/*`: a plain attachment;
//!   `/downfile-missing/*`: a 200 HTML error page where a file should be
//! - `/flaky/*`: 500 on the first request of each path, then 200;
//!   `/flaky-reset/*`: the first connection closed unanswered, then 200
//! - `/private/*`: ordinary pages (robots.txt disallows them)
//! - `/calendar?month=N` links to N+1 (forever); `/grow?q=…` links to a longer query
//! - `/gbk`: a GBK page (header charset); `/gbk-meta`: GBK declared only by `<meta>`
//! - `/old/*`: 302 to `/` (a dead deep link redirected home); `/moved`: 302 to `/404.html` (200 error page)
//! - `/redirect?to=URL`: 302 to URL; `/page/*`: a plain page; `/text`: text/plain
//! - `/badgzip`: `Content-Encoding: gzip` on a plain body

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// robots.txt served unless changed.
pub const DEFAULT_ROBOTS: &str = "User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n";

/// Size of `/huge`.
pub const HUGE_BODY_LEN: usize = 50 * 1024 * 1024;

/// One request as the server received it.
#[derive(Debug, Clone)]
pub struct LogEntry {
    /// When the request head was fully read.
    pub at: Instant,
    pub method: String,
    /// Path and query, as sent.
    pub path: String,
    pub range: Option<String>,
    pub user_agent: Option<String>,
}

#[derive(Default)]
struct State {
    log: Mutex<Vec<LogEntry>>,
    /// Requests received and not yet being answered (see
    /// [`State::answering`]), and the most there ever were.
    in_flight: Mutex<(usize, usize)>,
    hits: Mutex<HashMap<String, u32>>,
    pages: Mutex<HashMap<String, String>>,
    robots: Mutex<Option<String>>,
}

impl State {
    /// Counts a hit and returns how many there were before (0 = first).
    fn hit(&self, key: &str) -> u32 {
        let mut h = self.hits.lock().unwrap_or_else(|e| e.into_inner());
        let n = h.entry(key.to_string()).or_insert(0);
        *n += 1;
        *n - 1
    }
}

/// The trap server; stops when dropped.
pub struct TrapServer {
    addr: SocketAddr,
    state: Arc<State>,
    task: JoinHandle<()>,
}

impl std::fmt::Debug for TrapServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TrapServer")
            .field("addr", &self.addr)
            .finish()
    }
}

impl Drop for TrapServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl TrapServer {
    /// Starts on `127.0.0.1:0` with [`DEFAULT_ROBOTS`].
    pub async fn start() -> std::io::Result<TrapServer> {
        Self::start_with_robots(Some(DEFAULT_ROBOTS)).await
    }

    /// Starts with this robots.txt (`None`: robots.txt is a 404).
    pub async fn start_with_robots(robots: Option<&str>) -> std::io::Result<TrapServer> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(State::default());
        *state.robots.lock().unwrap_or_else(|e| e.into_inner()) = robots.map(str::to_string);
        let st = state.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((sock, _)) = listener.accept().await else {
                    continue;
                };
                let st = st.clone();
                tokio::spawn(async move {
                    let _ = serve(sock, st, addr).await;
                });
            }
        });
        Ok(TrapServer { addr, state, task })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT` + `path`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// Serves `html` (UTF-8) at `path` (path and query, exact), replacing
    /// any built-in trap there.
    pub fn page(&self, path: &str, html: &str) {
        self.state
            .pages
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(path.to_string(), html.to_string());
    }

    pub fn set_robots(&self, robots: Option<&str>) {
        *self.state.robots.lock().unwrap_or_else(|e| e.into_inner()) = robots.map(str::to_string);
    }

    /// Every request received so far, in arrival order.
    pub fn log(&self) -> Vec<LogEntry> {
        self.state
            .log
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Requests whose path starts with `prefix`.
    pub fn requests_to(&self, prefix: &str) -> Vec<LogEntry> {
        self.log()
            .into_iter()
            .filter(|e| e.path.starts_with(prefix))
            .collect()
    }

    /// The most requests this server held at one time, received and not
    /// yet answered: at most the client's outstanding requests.
    pub fn max_in_flight(&self) -> usize {
        self.state
            .in_flight
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .1
    }

    pub fn clear_log(&self) {
        self.state
            .log
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
    }
}

/// A plain HTML page.
pub fn html_page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head>\
         <body><div class=\"main\">{body}</div></body></html>"
    )
}

enum Reply {
    Full {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// `/huge`: streamed, never held.
    Huge,
    /// `/short-body`: promises more bytes than it sends, then closes.
    Short,
    /// Never answer.
    Hang,
    /// Close the connection without a word.
    Close,
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        206 => "Partial Content",
        301 => "Moved Permanently",
        302 => "Found",
        404 => "Not Found",
        405 => "Method Not Allowed",
        410 => "Gone",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

fn html(status: u16, body: String) -> Reply {
    Reply::Full {
        status,
        headers: vec![("Content-Type".into(), "text/html; charset=utf-8".into())],
        body: body.into_bytes(),
    }
}

fn redirect(to: &str) -> Reply {
    Reply::Full {
        status: 302,
        headers: vec![("Location".into(), to.to_string())],
        body: Vec::new(),
    }
}

fn with_header(r: Reply, name: &str, value: String) -> Reply {
    match r {
        Reply::Full {
            status,
            mut headers,
            body,
        } => {
            headers.push((name.to_string(), value));
            Reply::Full {
                status,
                headers,
                body,
            }
        }
        other => other,
    }
}

/// An IMF-fixdate `secs` seconds from now.
fn http_date_in(secs: u64) -> String {
    let t = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs()
        + secs;
    let days = (t / 86400) as i64;
    let rem = t % 86400;
    // Howard Hinnant's civil_from_days.
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    let wd = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(days.rem_euclid(7)) as usize];
    let mon = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ][(m - 1) as usize];
    format!(
        "{wd}, {d:02} {mon} {y} {:02}:{:02}:{:02} GMT",
        rem / 3600,
        (rem / 60) % 60,
        rem % 60
    )
}

fn index() -> String {
    let links = [
        "/loop/a",
        "/chain/1",
        "/ok-chain/1",
        "/r429/a",
        "/r503/a",
        "/always503",
        "/status/404",
        "/status/500",
        "/status/410",
        "/slow",
        "/soft404",
        "/mentions404",
        "/nohead/report.pdf",
        "/flaky/a",
        "/private/secret.html",
        "/calendar?month=1",
        "/grow?q=a",
        "/gbk",
        "/old/page.html",
        "/moved",
    ];
    let body: String = links
        .iter()
        .map(|l| format!("<li><a href=\"{l}\">{l}</a></li>"))
        .collect();
    html_page("陷阱测试站", &format!("<ul>{body}</ul>"))
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn gbk_page(meta_only: bool) -> Reply {
    let text = "<html><head><meta charset=\"gbk\"><title>某某县人民政府</title></head>\
                <body><div class=\"main\"><h1>通知公告</h1><p>关于开展政府网站自查的通知</p>\
                <a href=\"/page/gbk-child\">下一页</a></div></body></html>";
    let (bytes, _, _) = encoding_rs::GBK.encode(text);
    let ct = if meta_only {
        "text/html"
    } else {
        "text/html; charset=gbk"
    };
    Reply::Full {
        status: 200,
        headers: vec![("Content-Type".into(), ct.into())],
        body: bytes.into_owned(),
    }
}

fn route(st: &State, method: &str, target: &str, range: Option<&str>) -> Reply {
    if let Some(p) = st
        .pages
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(target)
    {
        return html(200, p.clone());
    }
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (target, None),
    };
    let tail = |prefix: &str| path.strip_prefix(prefix);
    match path {
        "/robots.txt" => {
            return match st.robots.lock().unwrap_or_else(|e| e.into_inner()).clone() {
                Some(r) => Reply::Full {
                    status: 200,
                    headers: vec![("Content-Type".into(), "text/plain".into())],
                    body: r.into_bytes(),
                },
                None => html(404, html_page("404 Not Found", "Not Found")),
            };
        }
        "/" => return html(200, index()),
        "/loop/a" => return redirect("/loop/b"),
        "/loop/b" => return redirect("/loop/a"),
        "/ok-chain/1" => return redirect("/ok-chain/2"),
        "/ok-chain/2" => return redirect("/ok-chain/3"),
        "/ok-chain/3" => return redirect("/ok-chain/end"),
        "/ok-chain/end" => return html(200, html_page("链的终点", "重定向链的终点页面。")),
        "/always503" => {
            return with_header(
                html(503, html_page("服务暂不可用", "稍后再试")),
                "Retry-After",
                "1".into(),
            );
        }
        "/slow" => return html(200, html_page("慢页面", "这个页面很慢，但它是好的。")),
        "/hang" => return Reply::Hang,
        "/reset" => return Reply::Close,
        "/huge" => return Reply::Huge,
        "/short-body" => return Reply::Short,
        "/soft404" => {
            return html(
                200,
                html_page(
                    "页面不存在",
                    "抱歉，您访问的页面不存在或已被删除。<a href=\"/\">返回首页</a>",
                ),
            );
        }
        "/404.html" => {
            return html(
                200,
                html_page(
                    "页面不存在",
                    "您访问的页面不存在！<a href=\"/\">返回首页</a>",
                ),
            );
        }
        "/mentions404" => {
            let body = "<h1>关于开展网站链接自查整改的通知</h1>\
                <p>各单位：为提升政府网站服务质量，近期对本单位网站开展了全面的链接检查。\
                检查中发现部分页面返回404错误，或出现“页面不存在”的提示。请各单位对照检查清单，\
                逐条核实并整改，整改完成后于本月底前报送整改情况。</p>\
                <p>联系人：张三，电话：0000-1234567。</p>"
                .repeat(2);
            return html(200, html_page("关于开展网站链接自查整改的通知", &body));
        }
        "/moved" => return redirect("/404.html"),
        "/gbk" => return gbk_page(false),
        "/gbk-meta" => return gbk_page(true),
        "/badgzip" => {
            // Says gzip, sends plain HTML — whatever was asked for.
            return with_header(
                html(200, html_page("压缩标错的页面", "内容其实没有压缩。")),
                "Content-Encoding",
                "gzip".into(),
            );
        }
        "/text" => {
            return Reply::Full {
                status: 200,
                headers: vec![("Content-Type".into(), "text/plain".into())],
                body: b"plain text".to_vec(),
            };
        }
        "/redirect" => {
            let to = query
                .and_then(|q| q.split('&').find_map(|kv| kv.strip_prefix("to=")))
                .map(percent_decode)
                .unwrap_or_else(|| "/".into());
            return redirect(&to);
        }
        "/calendar" => {
            let month: i64 = query
                .and_then(|q| q.split('&').find_map(|kv| kv.strip_prefix("month=")))
                .and_then(|v| v.parse().ok())
                .unwrap_or(1);
            let body = format!(
                "<p>第{month}月的日程</p><a href=\"/calendar?month={}\">上个月</a> \
                 <a href=\"/calendar?month={}\">下个月</a>",
                month - 1,
                month + 1
            );
            return html(200, html_page(&format!("日历 {month}"), &body));
        }
        "/grow" => {
            let q = query
                .and_then(|q| q.split('&').find_map(|kv| kv.strip_prefix("q=")))
                .unwrap_or("a");
            let body = format!("<p>查询 {q}</p><a href=\"/grow?q={q}a\">更多</a>");
            return html(200, html_page("检索", &body));
        }
        _ => {}
    }
    if let Some(n) = tail("/chain/") {
        let n: u32 = n.parse().unwrap_or(0);
        if (1..15).contains(&n) {
            return redirect(&format!("/chain/{}", n + 1));
        }
        if n == 15 {
            return html(200, html_page("长链终点", "第15跳"));
        }
    }
    if tail("/r429/").is_some() {
        if st.hit(target) == 0 {
            return with_header(
                html(429, html_page("请求过多", "请稍后再试")),
                "Retry-After",
                "1".into(),
            );
        }
        return html(200, html_page("限流后恢复", "这个页面第一次返回429。"));
    }
    if tail("/r503/").is_some() {
        if st.hit(target) == 0 {
            return with_header(
                html(503, html_page("服务暂不可用", "稍后再试")),
                "Retry-After",
                "1".into(),
            );
        }
        return html(200, html_page("恢复的页面", "这个页面第一次返回503。"));
    }
    if tail("/r503-date/").is_some() {
        if st.hit(target) == 0 {
            return with_header(
                html(503, html_page("服务暂不可用", "稍后再试")),
                "Retry-After",
                http_date_in(2),
            );
        }
        return html(200, html_page("恢复的页面", "这个页面第一次返回503。"));
    }
    if let Some(code) = tail("/status/") {
        let code: u16 = code.parse().unwrap_or(404);
        let code = if (200..600).contains(&code) {
            code
        } else {
            404
        };
        return html(code, html_page(&format!("{code} 错误"), "错误"));
    }
    if tail("/flaky/").is_some() {
        if st.hit(target) == 0 {
            return html(500, html_page("500 错误", "服务器内部错误"));
        }
        return html(
            200,
            html_page("偶尔出错的页面", "这个页面第一次返回500，之后正常。"),
        );
    }
    if tail("/flaky-reset/").is_some() {
        if st.hit(target) == 0 {
            return Reply::Close;
        }
        return html(
            200,
            html_page("偶尔断开的页面", "这个页面第一次断开连接，之后正常。"),
        );
    }
    if tail("/nohead/").is_some() {
        if method == "HEAD" {
            return html(405, String::new());
        }
        let full = vec![b'%'; 2048];
        return match range {
            Some(r) if r.trim() == "bytes=0-0" => Reply::Full {
                status: 206,
                headers: vec![
                    ("Content-Type".into(), "application/pdf".into()),
                    ("Content-Range".into(), format!("bytes 0-0/{}", full.len())),
                ],
                body: full[..1].to_vec(),
            },
            _ => Reply::Full {
                status: 200,
                headers: vec![("Content-Type".into(), "application/pdf".into())],
                body: full,
            },
        };
    }
    if let Some(name) = tail("/files/") {
        let ct = match name.rsplit('.').next().unwrap_or("") {
            "png" => "image/png",
            "css" => "text/css",
            "js" => "application/javascript",
            "doc" => "application/msword",
            _ => "application/pdf",
        };
        return Reply::Full {
            status: 200,
            headers: vec![("Content-Type".into(), ct.into())],
            body: vec![b'x'; 512],
        };
    }
    if tail("/downfile-missing/").is_some() {
        // An attachment endpoint that answers a missing file with a 200
        // HTML error page, ignoring Range.
        return html(
            200,
            html_page(
                "页面不存在",
                "对不起，您要下载的文件不存在！<a href=\"/\">返回首页</a>",
            ),
        );
    }
    if tail("/old/").is_some() {
        return redirect("/");
    }
    if tail("/private/").is_some() {
        return html(200, html_page("内部页面", "robots.txt 禁止抓取这里。"));
    }
    if let Some(name) = tail("/page/") {
        return html(
            200,
            html_page(&format!("页面 {name}"), &format!("这是页面 {name}。")),
        );
    }
    html(404, html_page("404 Not Found", "Not Found"))
}

async fn serve(mut sock: TcpStream, st: Arc<State>, _addr: SocketAddr) -> std::io::Result<()> {
    let mut buf = Vec::with_capacity(2048);
    let mut tmp = [0u8; 2048];
    let head_end = loop {
        let n = sock.read(&mut tmp).await?;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&tmp[..n]);
        if !buf[0].is_ascii_uppercase() {
            // Not HTTP (a TLS ClientHello to this plain server): answer as
            // a plain server on port 443 would, with a 400.
            sock.write_all(
                b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            )
            .await?;
            return sock.shutdown().await;
        }
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        if buf.len() > 64 * 1024 {
            return Ok(());
        }
    };
    let at = Instant::now();
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let request_line = lines.next().unwrap_or("");
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let target = parts.next().unwrap_or("/").to_string();
    let mut range = None;
    let mut user_agent = None;
    for l in lines {
        if let Some((k, v)) = l.split_once(':') {
            if k.eq_ignore_ascii_case("range") {
                range = Some(v.trim().to_string());
            } else if k.eq_ignore_ascii_case("user-agent") {
                user_agent = Some(v.trim().to_string());
            }
        }
    }
    st.log
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(LogEntry {
            at,
            method: method.clone(),
            path: target.clone(),
            range: range.clone(),
            user_agent,
        });
    {
        let mut f = st.in_flight.lock().unwrap_or_else(|e| e.into_inner());
        f.0 += 1;
        f.1 = f.1.max(f.0);
    }
    answer(&mut sock, &st, &method, &target, range.as_deref()).await
}

impl State {
    /// The request being served starts to be answered (or is dropped):
    /// it no longer counts as in flight. Counted up to here, not to the
    /// end of the write, so that a client keeping N requests outstanding
    /// never shows more than N, however the two sides are scheduled (the
    /// client may read the whole answer and send its next request before
    /// this task is polled again).
    fn answering(&self) {
        self.in_flight.lock().unwrap_or_else(|e| e.into_inner()).0 -= 1;
    }
}

async fn answer(
    sock: &mut TcpStream,
    st: &State,
    method: &str,
    target: &str,
    range: Option<&str>,
) -> std::io::Result<()> {
    if target == "/slow" || target.starts_with("/slow?") {
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    let reply = route(st, method, target, range);
    let is_head = method == "HEAD";
    if !matches!(reply, Reply::Hang) {
        st.answering();
    }
    match reply {
        Reply::Close => Ok(()),
        Reply::Hang => {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            st.answering();
            Ok(())
        }
        Reply::Full {
            status,
            headers,
            body,
        } => {
            let mut out = format!("HTTP/1.1 {status} {}\r\n", reason(status));
            for (k, v) in &headers {
                out.push_str(&format!("{k}: {v}\r\n"));
            }
            out.push_str(&format!(
                "Content-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            ));
            sock.write_all(out.as_bytes()).await?;
            if !is_head {
                sock.write_all(&body).await?;
            }
            sock.shutdown().await
        }
        Reply::Short => {
            let body = html_page("断开的页面", "这个页面只发送了一部分内容");
            let out = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\
                 Content-Length: {}\r\nConnection: close\r\n\r\n",
                body.len() + 5000
            );
            sock.write_all(out.as_bytes()).await?;
            if !is_head {
                sock.write_all(body.as_bytes()).await?;
            }
            sock.shutdown().await
        }
        Reply::Huge => {
            let out = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\
                 Content-Length: {HUGE_BODY_LEN}\r\nConnection: close\r\n\r\n"
            );
            sock.write_all(out.as_bytes()).await?;
            if is_head {
                return sock.shutdown().await;
            }
            let opening = b"<html><head><title>huge</title></head><body><p>";
            sock.write_all(opening).await?;
            let chunk = [b'a'; 64 * 1024];
            let mut left = HUGE_BODY_LEN - opening.len();
            while left > 0 {
                let n = left.min(chunk.len());
                sock.write_all(&chunk[..n]).await?;
                left -= n;
            }
            sock.shutdown().await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates_look_right() {
        let d = http_date_in(0);
        assert!(d.ends_with(" GMT"), "{d}");
        assert_eq!(d.split_whitespace().count(), 6);
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(
            percent_decode("http%3A%2F%2F127.0.0.1%3A9%2Fa"),
            "http://127.0.0.1:9/a"
        );
    }
}
