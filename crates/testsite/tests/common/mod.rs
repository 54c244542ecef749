//! A deliberately plain HTTP/1.1 client over a tokio `TcpStream`: the
//! tests check the servers byte for byte, with no client library between.

#![allow(dead_code)]

pub mod crawl;

use std::collections::HashMap;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    /// Lower-case header names.
    pub headers: HashMap<String, String>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }

    pub fn text(&self) -> String {
        let gbk = self
            .header("content-type")
            .is_some_and(|c| c.to_ascii_lowercase().contains("gbk"));
        if gbk {
            encoding_rs::GBK.decode(&self.body).0.into_owned()
        } else {
            String::from_utf8_lossy(&self.body).into_owned()
        }
    }
}

/// One keep-alive connection.
pub struct Conn {
    reader: BufReader<TcpStream>,
    host: String,
}

impl Conn {
    /// Connects to `http://HOST:PORT/` (the base URL of a portal).
    pub async fn open(base: &str) -> std::io::Result<Conn> {
        let host = base
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_string();
        let stream = TcpStream::connect(&host).await?;
        Ok(Conn {
            reader: BufReader::new(stream),
            host,
        })
    }

    pub async fn request(&mut self, method: &str, target: &str) -> std::io::Result<Response> {
        let req = format!(
            "{method} {target} HTTP/1.1\r\nHost: {}\r\nUser-Agent: testsite-test/1.0\r\nAccept: */*\r\n\r\n",
            self.host
        );
        self.reader.get_mut().write_all(req.as_bytes()).await?;
        let mut line = String::new();
        self.reader.read_line(&mut line).await?;
        let status: u16 = line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
        let mut headers = HashMap::new();
        loop {
            let mut h = String::new();
            self.reader.read_line(&mut h).await?;
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            if let Some((k, v)) = h.split_once(':') {
                headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
            }
        }
        let mut body = Vec::new();
        if method != "HEAD" && status != 204 && status != 304 {
            if let Some(len) = headers.get("content-length") {
                let len: usize = len.parse().map_err(std::io::Error::other)?;
                body.resize(len, 0);
                self.reader.read_exact(&mut body).await?;
            } else if headers
                .get("transfer-encoding")
                .is_some_and(|t| t.contains("chunked"))
            {
                loop {
                    let mut size = String::new();
                    self.reader.read_line(&mut size).await?;
                    let n =
                        usize::from_str_radix(size.trim(), 16).map_err(std::io::Error::other)?;
                    let mut chunk = vec![0; n + 2];
                    self.reader.read_exact(&mut chunk).await?;
                    if n == 0 {
                        break;
                    }
                    body.extend_from_slice(&chunk[..n]);
                }
            } else {
                self.reader.read_to_end(&mut body).await?;
            }
        }
        Ok(Response {
            status,
            headers,
            body,
        })
    }
}

/// GET on a fresh connection.
pub async fn get(base: &str, target: &str) -> std::io::Result<Response> {
    Conn::open(base).await?.request("GET", target).await
}
