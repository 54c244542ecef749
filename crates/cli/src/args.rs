//! Command-line arguments (the contract of SPEC.md, "Command line").

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "govcheck",
    version,
    about = "政府网站检查工具：月检查与季通报 (government-website compliance crawler)",
    long_about = None
)]
pub struct Cli {
    /// More log output (-v info, -vv debug, -vvv trace).
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    /// Only errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check one site on demand and write its site report (单站检查).
    Check {
        /// The site's homepage, e.g. http://www.example.gov.cn/
        url: String,
        /// Category of the site: county, department or institution. Without
        /// it, the category is read off the homepage's name (…人民政府 →
        /// county, …局/委员会/办公室 → department, else institution).
        #[arg(long)]
        category: Option<String>,
        /// Date the check is judged at (YYYY-MM-DD); default today.
        #[arg(long)]
        as_of: Option<String>,
        /// Write the report here instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Authorised inspection: do not obey robots.txt (logged).
        #[arg(long)]
        ignore_robots: bool,
        #[command(flatten)]
        crawl: CrawlArgs,
    },
    /// Monthly sweep of every site in a list (月检查); resumable.
    Sweep {
        /// The site list (sites.toml).
        #[arg(long)]
        sites: PathBuf,
        /// The month checked, YYYY-MM.
        #[arg(long)]
        month: String,
        /// Date the checks are judged at; default the month's last day, or today if earlier.
        #[arg(long)]
        as_of: Option<String>,
        /// Output folder: writes DIR/YYYY-MM/monthly-check.json.
        #[arg(long, default_value = "govcheck-out")]
        out_dir: PathBuf,
        /// The SQLite store; default DIR/govcheck.sqlite.
        #[arg(long)]
        db: Option<PathBuf>,
        /// Check again the sites already finished this month.
        #[arg(long)]
        fresh: bool,
        /// Sites checked at the same time.
        #[arg(long, default_value_t = 4)]
        parallel_sites: usize,
        #[command(flatten)]
        crawl: CrawlArgs,
    },
    /// Quarterly circular from the quarter's monthly checks (季通报).
    Circular {
        /// The quarter, YYYY-Qn (e.g. 2024-Q1).
        #[arg(long)]
        quarter: String,
        /// Folder of the monthly checks (DIR/YYYY-MM/monthly-check.json).
        #[arg(long, default_value = "govcheck-out")]
        reports: PathBuf,
        /// Where to write quarterly-circular.json; the readable drafts
        /// (.md, .html) are written beside it. Default DIR/YYYY-Qn/quarterly-circular.json.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Issuing office named in the readable draft.
        #[arg(long, default_value = "市人民政府办公室")]
        org: String,
    },
    /// Run the sensitive-word lists over local HTML or text files (错敏词自测).
    Words {
        /// A .tsv list or a folder of them; default the shipped lists.
        #[arg(long)]
        words: Option<PathBuf>,
        /// Files to scan (.html/.htm/.shtml are parsed; others read as text).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// One round of homepage availability probes, recorded in the store (run from cron).
    Probe {
        #[arg(long)]
        sites: PathBuf,
        /// The SQLite store.
        #[arg(long, default_value = "govcheck-out/govcheck.sqlite")]
        db: PathBuf,
        /// Seconds before a homepage counts as not opening.
        #[arg(long, default_value_t = 15)]
        timeout: u64,
    },
    /// Serve sample portals on loopback, sweep three months and write a circular.
    Demo {
        /// Output folder.
        #[arg(long, default_value = "govcheck-demo")]
        out_dir: PathBuf,
    },
}

/// Options every crawling command takes.
#[derive(Debug, Clone, Args)]
pub struct CrawlArgs {
    /// Sensitive-word list: a .tsv file or a folder of them (default: the shipped lists).
    #[arg(long)]
    pub words: Option<PathBuf>,
    /// Scoring rules (default: the shipped config/rules.toml).
    #[arg(long)]
    pub rules: Option<PathBuf>,
    /// Column catalogue (default: the shipped config/columns.toml).
    #[arg(long)]
    pub columns: Option<PathBuf>,
    /// Requests per second per host.
    #[arg(long, default_value_t = 2.0)]
    pub rate: f64,
    /// Requests in flight at once, all hosts together.
    #[arg(long, default_value_t = 16)]
    pub concurrency: usize,
    /// Pages crawled per site at most.
    #[arg(long, default_value_t = 2000)]
    pub max_pages: usize,
    /// Seconds before one request is given up.
    #[arg(long, default_value_t = 20)]
    pub timeout: u64,
}
