//! TLS failures are classified with their reason (expired, self-signed,
//! name mismatch, handshake), from real handshakes on loopback against
//! servers holding the test certificates in `tests/fixtures/tls/`.

mod common;

use std::net::SocketAddr;
use std::sync::Arc;

use common::*;
use govcheck_crawl::LinkErrorClass;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::ServerConfig;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

fn fixture(name: &str) -> Vec<u8> {
    let p = format!("{}/tests/fixtures/tls/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

/// An HTTPS server on 127.0.0.1:0 presenting the named certificate; it
/// answers every request with a small page.
async fn tls_server(name: &str) -> SocketAddr {
    let cert = CertificateDer::from(fixture(&format!("{name}.crt.der")));
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(fixture(&format!(
        "{name}.key.der"
    ))));
    let config = ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(vec![cert], key)
        .expect("test certificate loads");
    let acceptor = TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((sock, _)) = listener.accept().await else {
                continue;
            };
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(sock).await else {
                    return;
                };
                let mut buf = vec![0u8; 4096];
                let _ = tls.read(&mut buf).await;
                let body = "<html><head><title>安全页面</title></head><body>正常内容</body></html>";
                let head = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = tls.write_all(head.as_bytes()).await;
                let _ = tls.write_all(body.as_bytes()).await;
                let _ = tls.shutdown().await;
            });
        }
    });
    addr
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn certificate_errors_are_classified_with_their_reason() {
    let site = fast_server().await;
    let good = tls_server("good").await;
    let mismatch = tls_server("mismatch").await;
    let expired = tls_server("expired").await;
    let selfsigned = tls_server("self").await;
    let u = |a: SocketAddr| format!("https://localhost:{}/page.html", a.port());
    site.page(
        "/",
        &links_page(
            "首页",
            &[&u(good), &u(mismatch), &u(expired), &u(selfsigned)],
        ),
    );
    let mut c = cfg();
    // `localhost` is the only name that resolves (to loopback, no DNS query).
    c.resolve = vec![("localhost".into(), "127.0.0.1:0".parse().unwrap())];
    c.extra_root_certs = vec![fixture("ca.crt.der")];
    let (out, _) = crawl(&c, &site.url("/")).await;
    let reason = |a: SocketAddr| {
        broken(&out, &u(a)).map(|b| (b.error.class, b.error.reason.clone().unwrap_or_default()))
    };
    assert_eq!(
        reason(good),
        None,
        "a valid certificate from a trusted CA: {:#?}",
        out.broken
    );
    assert_eq!(
        reason(mismatch),
        Some((LinkErrorClass::Tls, "name_mismatch".into()))
    );
    assert_eq!(
        reason(expired),
        Some((LinkErrorClass::Tls, "expired".into()))
    );
    assert_eq!(
        reason(selfsigned),
        Some((LinkErrorClass::Tls, "self_signed".into()))
    );
    assert_eq!(out.broken.len(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_certificate_from_an_unknown_ca_is_self_signed() {
    let site = fast_server().await;
    let good = tls_server("good").await;
    let url = format!("https://localhost:{}/page.html", good.port());
    site.page("/", &links_page("首页", &[&url]));
    let mut c = cfg();
    c.resolve = vec![("localhost".into(), "127.0.0.1:0".parse().unwrap())];
    let (out, _) = crawl(&c, &site.url("/")).await;
    let b = broken(&out, &url).expect("untrusted issuer reported");
    assert_eq!(b.error.class, LinkErrorClass::Tls);
    assert_eq!(b.error.reason.as_deref(), Some("self_signed"));
}
