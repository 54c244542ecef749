//! `inst-down`: 白鹭县不动产登记中心, whose server is down: every page
//! answers `503 Service Unavailable` without `Retry-After` (so there is
//! nothing to wait out), in every month → site_unreachable. robots.txt
//! is absent (404), as on many small sites.

use super::Ctx;
use crate::server::Resp;
use crate::site::SiteMap;

pub(crate) fn build(_ctx: &Ctx, _m: usize) -> SiteMap {
    let unavailable = Resp::html(
        503,
        "<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center></body></html>\n".into(),
    )
    .header("connection", "close");
    let mut map = SiteMap::new(unavailable);
    map.add(
        "/robots.txt",
        Resp::html(
            404,
            "<html><head><title>404 Not Found</title></head><body>404 Not Found</body></html>"
                .into(),
        ),
    );
    map
}
