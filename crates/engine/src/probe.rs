//! Availability probes (站点无法访问): one GET of each homepage, with the
//! indicators' 15-second limit, recorded by the caller in the store.

use govcheck_config::sites::Site;
use std::time::{Duration, Instant};

/// One probe of one homepage.
#[derive(Debug, Clone)]
pub struct ProbeOutcome {
    pub site_id: String,
    pub url: String,
    pub ok: bool,
    pub status: Option<u16>,
    pub error: Option<String>,
    pub elapsed_ms: u64,
}

/// Probes every homepage once, a few at a time (one request per host, so
/// politeness holds without a limiter). `at` stamps are the caller's.
pub async fn probe_round(sites: &[Site], timeout: Duration, user_agent: &str) -> Vec<ProbeOutcome> {
    use futures_util::StreamExt;
    let client = match reqwest::Client::builder()
        .timeout(timeout)
        .user_agent(user_agent)
        .redirect(reqwest::redirect::Policy::limited(10))
        .build()
    {
        Ok(c) => c,
        Err(e) => {
            return sites
                .iter()
                .map(|s| ProbeOutcome {
                    site_id: s.id.clone(),
                    url: s.url.to_string(),
                    ok: false,
                    status: None,
                    error: Some(format!("HTTP client: {e}")),
                    elapsed_ms: 0,
                })
                .collect();
        }
    };
    futures_util::stream::iter(sites)
        .map(|site| {
            let client = client.clone();
            async move {
                let started = Instant::now();
                let result = async {
                    let resp = client.get(site.url.clone()).send().await?;
                    let status = resp.status();
                    // The homepage "opens" when its body arrives in time.
                    resp.bytes().await?;
                    Ok::<_, reqwest::Error>(status)
                }
                .await;
                let elapsed_ms = started.elapsed().as_millis() as u64;
                match result {
                    Ok(status) => ProbeOutcome {
                        site_id: site.id.clone(),
                        url: site.url.to_string(),
                        ok: status.is_success(),
                        status: Some(status.as_u16()),
                        error: (!status.is_success()).then(|| format!("HTTP {}", status.as_u16())),
                        elapsed_ms,
                    },
                    Err(e) => ProbeOutcome {
                        site_id: site.id.clone(),
                        url: site.url.to_string(),
                        ok: false,
                        status: None,
                        error: Some(if e.is_timeout() {
                            format!("超过 {} 秒未打开", timeout.as_secs())
                        } else {
                            format!("无法连接: {e}")
                        }),
                        elapsed_ms,
                    },
                }
            }
        })
        .buffer_unordered(8)
        .collect()
        .await
}
