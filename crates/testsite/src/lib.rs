//! Sample government portals served on loopback, for tests, benchmarks and
//! `govcheck demo`. Never used in production paths.
//!
//! [`Network::start`] serves six portals, each on its own `127.0.0.1:0`
//! listener (its own port is its own host, so per-host politeness applies
//! per portal). Their content is fixed and dated in 2024; [`Network::set_month`]
//! switches every portal to January, February or March 2024, and
//! [`expected`] says what a correct inspection finds in each month.
//! [`generated_site`] and [`generated_pages`] serve a large synthetic portal
//! for the crawl and parse benchmarks.

mod column;
mod expected;
mod generated;
mod interact;
mod layout;
mod portals;
mod server;
mod site;
mod text;
pub mod traps;

pub use expected::{Expected, expected, qualified};
pub use generated::{GeneratedSite, Weight, generated_pages, generated_site};
pub use server::RequestRecord;
pub use site::MONTHS;

use server::{Handler, Server};
use site::SiteMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// One portal of the network.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortalInfo {
    /// Stable id, also the `id` in `sites.toml` (`county-good`, …).
    pub id: &'static str,
    /// The portal's name (`白鹭县人民政府`).
    pub name: &'static str,
    /// `county`, `department` or `institution`.
    pub category: &'static str,
    /// Homepage URL, `http://127.0.0.1:PORT/`.
    pub url: String,
}

/// An unsupported month was asked for.
#[derive(Debug, thiserror::Error)]
#[error("样例网站只有 2024-01、2024-02、2024-03 三个月的内容，不支持 `{0}`")]
pub struct UnknownMonth(pub String);

/// The running network of sample portals. Dropping it stops every server.
pub struct Network {
    portals: Vec<PortalInfo>,
    servers: Vec<Server>,
    month: Arc<AtomicUsize>,
}

impl std::fmt::Debug for Network {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Network")
            .field("portals", &self.portals)
            .field("month", &self.month())
            .finish()
    }
}

impl Network {
    /// Starts every portal, each on its own 127.0.0.1:0 listener, on the
    /// caller's tokio runtime. The network shows month 2024-01 at first.
    pub async fn start() -> std::io::Result<Network> {
        let mut bound = Vec::new();
        let mut ctx = portals::Ctx::default();
        for def in portals::PORTALS {
            let (listener, addr) = Server::bind().await?;
            ctx.urls.insert(def.id, format!("http://{addr}/"));
            bound.push((def, listener, addr));
        }
        let month = Arc::new(AtomicUsize::new(0));
        let mut servers = Vec::new();
        let mut infos = Vec::new();
        for (def, listener, addr) in bound {
            // Every month's content is built up front: requests only look up.
            let maps: Arc<Vec<SiteMap>> =
                Arc::new((0..MONTHS.len()).map(|m| (def.build)(&ctx, m)).collect());
            let current = month.clone();
            let handler: Handler = Arc::new(move |method, target| {
                let m = current.load(Ordering::Relaxed).min(maps.len() - 1);
                maps[m].lookup(method, target)
            });
            servers.push(Server::serve(listener, handler, true));
            infos.push(PortalInfo {
                id: def.id,
                name: def.name,
                category: def.category,
                url: format!("http://{addr}/"),
            });
        }
        Ok(Network {
            portals: infos,
            servers,
            month,
        })
    }

    /// The portals, in a fixed order (the order of [`Network::sites_toml`]).
    pub fn portals(&self) -> &[PortalInfo] {
        &self.portals
    }

    /// The portal with this id.
    pub fn portal(&self, id: &str) -> Option<&PortalInfo> {
        self.portals.iter().find(|p| p.id == id)
    }

    /// A `sites.toml` listing every portal (SPEC format), ids sorted.
    pub fn sites_toml(&self) -> String {
        let mut ps: Vec<&PortalInfo> = self.portals.iter().collect();
        ps.sort_by_key(|p| p.id);
        let mut out = String::from("# 样例政府网站（govcheck testsite，仅监听 127.0.0.1）\n");
        for p in ps {
            out.push_str(&format!(
                "\n[[site]]\nid = \"{}\"\nname = \"{}\"\nurl = \"{}\"\ncategory = \"{}\"\n",
                p.id, p.name, p.url, p.category
            ));
        }
        out
    }

    /// Switches every portal's content to a month of 2024 (`2024-01`,
    /// `2024-02`, `2024-03`).
    ///
    /// # Panics
    /// On any other month: the content exists only for these three.
    pub fn set_month(&self, month: &str) {
        if let Err(e) = self.try_set_month(month) {
            panic!("{e}");
        }
    }

    /// [`Network::set_month`] without the panic.
    pub fn try_set_month(&self, month: &str) -> Result<(), UnknownMonth> {
        let m = site::month_index(month).ok_or_else(|| UnknownMonth(month.to_string()))?;
        self.month.store(m, Ordering::Relaxed);
        Ok(())
    }

    /// The month currently shown.
    pub fn month(&self) -> &'static str {
        MONTHS[self.month.load(Ordering::Relaxed).min(MONTHS.len() - 1)].0
    }

    /// Every request a portal received, in arrival order, with the
    /// server's own timestamps (for rate-limit tests).
    pub fn requests(&self, portal_id: &str) -> Vec<RequestRecord> {
        self.portals
            .iter()
            .position(|p| p.id == portal_id)
            .and_then(|i| self.servers[i].log.lock().ok().map(|l| l.clone()))
            .unwrap_or_default()
    }

    /// Forgets the logged requests of every portal.
    pub fn clear_requests(&self) {
        for s in &self.servers {
            if let Ok(mut l) = s.log.lock() {
                l.clear();
            }
        }
    }
}

/// The as-of date (`YYYY-MM-DD`, the month's last day) for a month the
/// network supports.
pub fn as_of(month: &str) -> Option<&'static str> {
    MONTHS.iter().find(|(m, _)| *m == month).map(|(_, d)| *d)
}
