//! Sensitive-word lists (`sensitive-words/*.tsv`).
//!
//! Format (SPEC): UTF-8, one entry a line, `#` starts a comment line, blank
//! lines are ignored, tab-separated columns
//! `word  suggestion  category  level  allow[  since]`:
//! - `level` is `serious` (严重) or `general` (一般);
//! - `allow` (may be empty) lists, separated by `|`, longer phrases that
//!   contain the word and are correct usage (`原国土资源部`);
//! - `since` (optional, `YYYY-MM-DD`): an outdated name is not an error on a
//!   page published before this date.
//!
//! Errors stop the load and name the file, the line and the field, because
//! the people who edit these lists are not programmers. Problems that do not
//! make a list unusable (a duplicate word, an allow phrase that can never
//! apply) are collected in [`WordList::warnings`] instead.

use crate::ConfigError;
use chrono::NaiveDate;
use govcheck_model::WordLevel;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One entry of a list.
#[derive(Debug, Clone, PartialEq)]
pub struct WordEntry {
    pub word: String,
    pub suggestion: String,
    pub category: String,
    pub level: WordLevel,
    /// Longer phrases containing the word that are correct usage.
    pub allow: Vec<String>,
    /// An outdated name is not an error on a page published before this date.
    pub since: Option<NaiveDate>,
    /// Where the entry was read: file and 1-based line.
    pub source: (PathBuf, usize),
}

/// All entries of one or more list files, with non-fatal warnings
/// (duplicates, a word inside its own allow phrase …).
#[derive(Debug, Clone, Default)]
pub struct WordList {
    pub entries: Vec<WordEntry>,
    pub warnings: Vec<ConfigError>,
}

/// The shipped lists, file name and contents, in name order (the same order
/// as a folder load). Embedded so that the binary works from any folder.
pub const EMBEDDED_LISTS: &[(&str, &str)] = &[
    (
        "formulations.tsv",
        include_str!("../../../sensitive-words/formulations.tsv"),
    ),
    (
        "institutions.tsv",
        include_str!("../../../sensitive-words/institutions.tsv"),
    ),
    (
        "observed.tsv",
        include_str!("../../../sensitive-words/observed.tsv"),
    ),
    (
        "xinhua-general.tsv",
        include_str!("../../../sensitive-words/xinhua-general.tsv"),
    ),
];

/// Column names, for error messages (`field`).
const FIELDS: [&str; 6] = ["word", "suggestion", "category", "level", "allow", "since"];

impl WordList {
    /// Loads a `.tsv` file or every `.tsv` file of a folder (sorted by name,
    /// not recursive). A folder without any `.tsv` file is an error: an empty
    /// list would silently pass every page.
    pub fn load(path: &Path) -> Result<WordList, ConfigError> {
        let meta = std::fs::metadata(path)
            .map_err(|e| ConfigError::new(path, format!("无法读取词表: {e}")))?;
        let mut list = WordList::default();
        if meta.is_dir() {
            let rd = std::fs::read_dir(path)
                .map_err(|e| ConfigError::new(path, format!("无法读取词表文件夹: {e}")))?;
            let mut files = Vec::new();
            for ent in rd {
                let ent =
                    ent.map_err(|e| ConfigError::new(path, format!("无法读取词表文件夹: {e}")))?;
                let p = ent.path();
                let is_tsv = p.extension().is_some_and(|x| x.eq_ignore_ascii_case("tsv"));
                if is_tsv && p.is_file() {
                    files.push(p);
                }
            }
            files.sort();
            if files.is_empty() {
                return Err(ConfigError::new(path, "文件夹中没有 .tsv 词表文件"));
            }
            for f in files {
                let text = read_text(&f)?;
                list.add_text(&f, &text)?;
            }
        } else {
            let text = read_text(path)?;
            list.add_text(path, &text)?;
        }
        Ok(list)
    }

    /// Parses the text of one list file; `path` is used in messages only.
    pub fn parse(path: &Path, text: &str) -> Result<WordList, ConfigError> {
        let mut list = WordList::default();
        list.add_text(path, text)?;
        Ok(list)
    }

    /// Appends the entries of one more list file (duplicates are checked
    /// against everything loaded so far).
    pub fn add_text(&mut self, path: &Path, text: &str) -> Result<(), ConfigError> {
        let mut index = self.word_index();
        for row in parse_rows(path, text) {
            let entry = row?;
            self.push_entry(entry, &mut index);
        }
        Ok(())
    }

    /// Word (whitespace removed) → index of its first entry.
    fn word_index(&self) -> HashMap<String, usize> {
        let mut index = HashMap::with_capacity(self.entries.len());
        for (i, e) in self.entries.iter().enumerate() {
            index.entry(squeeze(&e.word)).or_insert(i);
        }
        index
    }

    /// The shipped lists, embedded in the binary. A bad shipped line (never
    /// expected: the unit tests load every list strictly) becomes a warning
    /// instead of a panic.
    pub fn embedded() -> WordList {
        let mut list = WordList::default();
        let mut index = HashMap::new();
        for (name, text) in EMBEDDED_LISTS {
            let path = Path::new("sensitive-words").join(name);
            for row in parse_rows(&path, text) {
                match row {
                    Ok(entry) => list.push_entry(entry, &mut index),
                    Err(e) => list.warnings.push(e),
                }
            }
        }
        list
    }

    /// Adds an entry, recording a warning for a duplicate word and for
    /// allow phrases that can never apply.
    fn push_entry(&mut self, entry: WordEntry, index: &mut HashMap<String, usize>) {
        let key = squeeze(&entry.word);
        if let Some(first) = index.get(&key).and_then(|&i| self.entries.get(i)) {
            self.warnings.push(
                ConfigError::new(
                    &entry.source.0,
                    format!(
                        "重复词条「{}」，首次出现在 {}:{}；以首次出现的为准",
                        entry.word,
                        first.source.0.display(),
                        first.source.1
                    ),
                )
                .at_line(entry.source.1)
                .field("word"),
            );
        }
        for phrase in &entry.allow {
            let p = squeeze(phrase);
            let msg = if p == key {
                Some("允许短语与词本身相同，该词条将永远不会报告")
            } else if !p.contains(&key) {
                Some("允许短语不包含该词，永远不会生效")
            } else {
                None
            };
            if let Some(msg) = msg {
                self.warnings.push(
                    ConfigError::new(
                        &entry.source.0,
                        format!("「{}」的允许短语「{phrase}」: {msg}", entry.word),
                    )
                    .at_line(entry.source.1)
                    .field("allow"),
                );
            }
        }
        index.entry(key).or_insert(self.entries.len());
        self.entries.push(entry);
    }
}

fn read_text(path: &Path) -> Result<String, ConfigError> {
    let bytes =
        std::fs::read(path).map_err(|e| ConfigError::new(path, format!("无法读取词表: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..valid]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        ConfigError::new(path, "词表不是 UTF-8 编码").at_line(line)
    })
}

/// The word with whitespace removed: how duplicates and allow phrases are
/// compared here (the matcher also folds full-width forms).
fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Parses every data line; each item is one entry or the error of one line.
fn parse_rows<'a>(
    path: &'a Path,
    text: &'a str,
) -> impl Iterator<Item = Result<WordEntry, ConfigError>> + 'a {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut seen_data = false;
    text.lines().enumerate().filter_map(move |(i, raw)| {
        let lineno = i + 1;
        let line = raw.trim_end_matches('\r');
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            return None;
        }
        let fields = split_fields(line);
        // A header row (`word  suggestion  category  level …`) is skipped.
        if !seen_data
            && fields
                .first()
                .is_some_and(|f| f.eq_ignore_ascii_case("word"))
            && fields
                .get(3)
                .is_some_and(|f| f.eq_ignore_ascii_case("level"))
        {
            return None;
        }
        seen_data = true;
        Some(parse_fields(path, lineno, &fields))
    })
}

/// Tab-separated fields, trimmed. A line without any tab is split on runs
/// of whitespace instead (lists pasted from a web page or typed with
/// spaces); words never contain whitespace, so this is unambiguous.
fn split_fields(line: &str) -> Vec<&str> {
    if line.contains('\t') {
        line.split('\t').map(str::trim).collect()
    } else {
        line.split_whitespace().collect()
    }
}

fn parse_fields(path: &Path, lineno: usize, fields: &[&str]) -> Result<WordEntry, ConfigError> {
    let err = |field: &str, msg: String| {
        ConfigError::new(path, msg)
            .at_line(lineno)
            .field(field.to_string())
    };
    if fields.len() < 4 {
        let missing = FIELDS[fields.len().min(3)];
        return Err(err(
            missing,
            format!(
                "列数不足：需要 word、suggestion、category、level（制表符分隔），只有 {} 列",
                fields.len()
            ),
        ));
    }
    if fields.len() > FIELDS.len() && fields[FIELDS.len()..].iter().any(|f| !f.is_empty()) {
        return Err(err(
            "since",
            format!(
                "列数过多：最多 {} 列（word、suggestion、category、level、allow、since），有 {} 列",
                FIELDS.len(),
                fields.len()
            ),
        ));
    }
    let word = fields[0];
    if word.is_empty() {
        return Err(err("word", "词不能为空".to_string()));
    }
    let level = match fields[3].to_ascii_lowercase().as_str() {
        "serious" | "严重" => WordLevel::Serious,
        "general" | "一般" => WordLevel::General,
        other => {
            return Err(err(
                "level",
                format!("级别「{other}」无效，应为 serious（严重）或 general（一般）"),
            ));
        }
    };
    let allow = fields
        .get(4)
        .map(|f| {
            f.split(['|', '｜'])
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let since = match fields.get(5).copied().filter(|f| !f.is_empty()) {
        None => None,
        Some(s) => Some(parse_date(s).ok_or_else(|| {
            err(
                "since",
                format!("日期「{s}」无效，应为 YYYY-MM-DD（例如 2018-03-17）"),
            )
        })?),
    };
    Ok(WordEntry {
        word: word.to_string(),
        suggestion: fields[1].to_string(),
        category: fields[2].to_string(),
        level,
        allow,
        since,
        source: (path.to_path_buf(), lineno),
    })
}

/// `YYYY-MM-DD` (also `YYYY/MM/DD`, `YYYY.MM.DD`).
fn parse_date(s: &str) -> Option<NaiveDate> {
    let norm: String = s
        .chars()
        .map(|c| if c == '/' || c == '.' { '-' } else { c })
        .collect();
    NaiveDate::parse_from_str(&norm, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> &'static Path {
        Path::new("test.tsv")
    }

    #[test]
    fn parses_entries_comments_and_blank_lines() {
        let text = "# 注释\n\n国土资源部\t自然资源部\t过时机构名称\tgeneral\t原国土资源部|国土资源部门\t2018-03-17\n攻府\t政府\t严重错别字\tserious\n";
        let list = WordList::parse(p(), text).unwrap();
        assert_eq!(list.entries.len(), 2);
        let e = &list.entries[0];
        assert_eq!(e.word, "国土资源部");
        assert_eq!(e.suggestion, "自然资源部");
        assert_eq!(e.level, WordLevel::General);
        assert_eq!(e.allow, vec!["原国土资源部", "国土资源部门"]);
        assert_eq!(e.since, NaiveDate::from_ymd_opt(2018, 3, 17));
        assert_eq!(e.source, (PathBuf::from("test.tsv"), 3));
        assert_eq!(list.entries[1].level, WordLevel::Serious);
        assert!(list.entries[1].allow.is_empty());
        assert!(list.warnings.is_empty(), "{:?}", list.warnings);
    }

    #[test]
    fn bad_level_names_file_line_and_field() {
        let text = "# c\n攻府\t政府\t错别字\tserious\n齐齐哈市\t齐齐哈尔市\t地名\tsevere\n";
        let e = WordList::parse(p(), text).unwrap_err();
        assert_eq!(e.file, PathBuf::from("test.tsv"));
        assert_eq!(e.line, Some(3));
        assert_eq!(e.field.as_deref(), Some("level"));
        let shown = e.to_string();
        assert!(shown.starts_with("test.tsv:3: field `level`"), "{shown}");
        assert!(shown.contains("severe"), "{shown}");
    }

    #[test]
    fn bad_since_and_missing_columns_are_errors() {
        let e = WordList::parse(p(), "a\tb\tc\tgeneral\t\t2018-13-01\n").unwrap_err();
        assert_eq!((e.line, e.field.as_deref()), (Some(1), Some("since")));
        let e = WordList::parse(p(), "\n\na\tb\tc\n").unwrap_err();
        assert_eq!((e.line, e.field.as_deref()), (Some(3), Some("level")));
        let e = WordList::parse(p(), "\tb\tc\tgeneral\n").unwrap_err();
        assert_eq!(e.field.as_deref(), Some("word"));
    }

    #[test]
    fn duplicates_warn_with_the_first_line() {
        let text = "攻府\t政府\t错别字\tserious\n秸杆\t秸秆\t错别字\tgeneral\n攻府\t政府\t错别字\tgeneral\n";
        let list = WordList::parse(p(), text).unwrap();
        assert_eq!(list.entries.len(), 3);
        assert_eq!(list.warnings.len(), 1);
        let w = &list.warnings[0];
        assert_eq!(w.line, Some(3));
        assert!(w.message.contains("test.tsv:1"), "{}", w.message);
    }

    #[test]
    fn allow_phrase_that_cannot_apply_warns() {
        let text = "农业部\t农业农村部\t过时机构名称\tgeneral\t农业部门|农业农村部|农业部\n";
        let list = WordList::parse(p(), text).unwrap();
        assert_eq!(list.warnings.len(), 2, "{:?}", list.warnings);
        assert!(
            list.warnings
                .iter()
                .all(|w| w.field.as_deref() == Some("allow"))
        );
        assert!(list.warnings[0].message.contains("农业农村部"));
    }

    #[test]
    fn header_crlf_bom_and_space_separated_lines() {
        let text = "\u{feff}word\tsuggestion\tcategory\tlevel\tallow\r\n攻府\t政府\t错别字\tserious\t\r\n秸杆  秸秆  错别字  一般\r\n";
        let list = WordList::parse(p(), text).unwrap();
        assert_eq!(list.entries.len(), 2);
        assert_eq!(list.entries[0].word, "攻府");
        assert_eq!(list.entries[1].level, WordLevel::General);
        assert_eq!(list.entries[1].source.1, 3);
    }

    #[test]
    fn folder_loads_every_tsv_sorted() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("b.tsv"), "秸杆\t秸秆\t错别字\tgeneral\n").unwrap();
        std::fs::write(dir.path().join("a.tsv"), "攻府\t政府\t错别字\tserious\n").unwrap();
        std::fs::write(dir.path().join("README.md"), "not a list\n").unwrap();
        let list = WordList::load(dir.path()).unwrap();
        let words: Vec<_> = list.entries.iter().map(|e| e.word.as_str()).collect();
        assert_eq!(words, ["攻府", "秸杆"]);
        assert!(list.entries[0].source.0.ends_with("a.tsv"));

        std::fs::write(dir.path().join("c.tsv"), "x\ty\tz\tbad\n").unwrap();
        let e = WordList::load(dir.path()).unwrap_err();
        assert!(e.file.ends_with("c.tsv"));

        let empty = tempfile::tempdir().unwrap();
        assert!(WordList::load(empty.path()).is_err());
        assert!(WordList::load(&empty.path().join("missing.tsv")).is_err());
    }

    #[test]
    fn shipped_lists_load_strictly_without_warnings() {
        for (name, text) in EMBEDDED_LISTS {
            let list = WordList::parse(Path::new(name), text).unwrap_or_else(|e| panic!("{e}"));
            assert!(!list.entries.is_empty(), "{name} is empty");
        }
        let all = WordList::embedded();
        assert!(all.warnings.is_empty(), "{:#?}", all.warnings);
        assert!(all.entries.len() > 60);
        // The shipped lists agree with the folder on disk.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../sensitive-words");
        let disk = WordList::load(Path::new(dir)).unwrap();
        assert_eq!(disk.entries.len(), all.entries.len());
    }
}
