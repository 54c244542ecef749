use std::fmt;
use std::path::PathBuf;

/// A configuration error that names where it is: file, line and field.
#[derive(Debug, Clone, thiserror::Error)]
pub struct ConfigError {
    pub file: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// The field (or TOML key path) at fault, when known.
    pub field: Option<String>,
    pub message: String,
}

impl ConfigError {
    pub fn new(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        ConfigError {
            file: file.into(),
            line: None,
            field: None,
            message: message.into(),
        }
    }

    pub fn at_line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }

    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// Turns a TOML parse/deserialise error into one that names the line.
    pub fn from_toml(file: impl Into<PathBuf>, text: &str, err: &toml::de::Error) -> Self {
        let mut e = ConfigError::new(file, err.message().trim().to_string());
        if let Some(span) = err.span() {
            e.line = Some(line_of(text, span.start));
        }
        e
    }
}

/// 1-based line number of a byte offset.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": field `{field}`")?;
        }
        write!(f, ": {}", self.message)
    }
}
