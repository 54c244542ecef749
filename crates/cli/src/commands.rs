//! One function per subcommand.

use crate::UsageError;
use crate::args::{Command, CrawlArgs};
use crate::progress::ProgressLine;
use anyhow::{Context, Result};
use chrono::NaiveDate;
use govcheck_config::ConfigError;
use govcheck_config::columns::ColumnCatalog;
use govcheck_config::rules::Rules;
use govcheck_config::sites::{Site, load_sites, parse_sites};
use govcheck_config::words::WordList;
use govcheck_engine::{Checks, Engine, EngineOptions, SweepOptions};
use govcheck_inspect::words::WordMatcher;
use govcheck_model::{Category, MonthlyCheck, QuarterlyCircular};
use govcheck_report::Store;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

pub async fn run(command: Command, quiet: bool) -> Result<ExitCode> {
    match command {
        Command::Check {
            url,
            category,
            as_of,
            out,
            ignore_robots,
            crawl,
        } => {
            check(
                &url,
                category,
                as_of.as_deref(),
                out.as_deref(),
                ignore_robots,
                &crawl,
                quiet,
            )
            .await
        }
        Command::Sweep {
            sites,
            month,
            as_of,
            out_dir,
            db,
            fresh,
            parallel_sites,
            crawl,
        } => {
            let sites = load_sites(&sites).map_err(config_error)?;
            let as_of = sweep_as_of(&month, as_of.as_deref())?;
            let db = db.unwrap_or_else(|| out_dir.join("govcheck.sqlite"));
            let checks = load_checks(&crawl)?;
            let options = SweepOptions {
                month,
                as_of,
                out_dir,
                fresh,
                parallel_sites,
                site_timeout: Duration::from_secs(3600),
                probes_until: Some(chrono::Utc::now().naive_utc()),
            };
            run_sweep(&sites, checks, &crawl, &db, &options, quiet).await
        }
        Command::Circular {
            quarter,
            reports,
            out,
            org,
        } => circular(&quarter, &reports, out, &org),
        Command::Words { words, files } => scan_words(words.as_deref(), &files),
        Command::Probe { sites, db, timeout } => probe(&sites, &db, timeout).await,
        Command::Demo { out_dir } => demo(&out_dir, quiet).await,
    }
}

fn config_error(e: ConfigError) -> anyhow::Error {
    UsageError(e.to_string()).into()
}

fn usage(msg: impl Into<String>) -> anyhow::Error {
    UsageError(msg.into()).into()
}

/// Loads rules, columns and words (given files, else the shipped ones).
fn load_checks(args: &CrawlArgs) -> Result<Arc<Checks>> {
    let rules = match &args.rules {
        Some(p) => Rules::load(p).map_err(config_error)?,
        None => Rules::embedded(),
    };
    let catalog = match &args.columns {
        Some(p) => ColumnCatalog::load(p).map_err(config_error)?,
        None => ColumnCatalog::embedded(),
    };
    for w in catalog.check_classes(&rules) {
        tracing::warn!("{w}");
    }
    let list = load_words(args.words.as_deref())?;
    let words = WordMatcher::new(&list);
    Ok(Arc::new(Checks {
        rules,
        catalog,
        words,
    }))
}

fn load_words(path: Option<&Path>) -> Result<WordList> {
    let list = match path {
        Some(p) => WordList::load(p).map_err(config_error)?,
        None => WordList::embedded(),
    };
    for w in &list.warnings {
        tracing::warn!("{w}");
    }
    Ok(list)
}

fn engine_options(args: &CrawlArgs) -> Result<EngineOptions> {
    if !(args.rate.is_finite() && args.rate > 0.0) {
        return Err(usage(format!(
            "--rate must be a positive number of requests per second, not {}",
            args.rate
        )));
    }
    if args.concurrency == 0 || args.max_pages == 0 || args.timeout == 0 {
        return Err(usage(
            "--concurrency, --max-pages and --timeout must be at least 1",
        ));
    }
    Ok(EngineOptions {
        rate: args.rate,
        concurrency: args.concurrency,
        max_pages: args.max_pages,
        per_host_connections: 2,
        timeout: Duration::from_secs(args.timeout),
        resolve: Vec::new(),
    })
}

fn parse_date(text: &str, flag: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
        usage(format!(
            "{flag} `{text}` is not a date of the form YYYY-MM-DD"
        ))
    })
}

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// `--as-of` of a sweep: given, else the month's last day (or today, if
/// the month is not over).
fn sweep_as_of(month: &str, as_of: Option<&str>) -> Result<NaiveDate> {
    let end = govcheck_engine::month_end(month).ok_or_else(|| {
        usage(format!(
            "--month `{month}` is not a month of the form YYYY-MM"
        ))
    })?;
    match as_of {
        Some(d) => parse_date(d, "--as-of"),
        None => Ok(end.min(today())),
    }
}

async fn check(
    url: &str,
    category: Option<String>,
    as_of: Option<&str>,
    out: Option<&Path>,
    ignore_robots: bool,
    crawl: &CrawlArgs,
    quiet: bool,
) -> Result<ExitCode> {
    let parsed =
        url::Url::parse(url).map_err(|e| usage(format!("`{url}` is not a valid URL: {e}")))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(usage(format!(
            "`{url}` must start with http:// or https://"
        )));
    }
    let category: Option<Category> = category
        .map(|c| {
            c.parse()
                .map_err(|m: String| usage(format!("--category: {m}")))
        })
        .transpose()?;
    let as_of = match as_of {
        Some(d) => parse_date(d, "--as-of")?,
        None => today(),
    };
    let checks = load_checks(crawl)?;
    let engine =
        Engine::new(&engine_options(crawl)?, checks).context("cannot start the crawler")?;
    let mut site = Site::from_url(parsed, category);
    site.ignore_robots = ignore_robots;
    let progress = ProgressLine::start(engine.progress.clone(), 1, quiet);
    let report = engine.check_site(&site, as_of, None).await;
    drop(progress);
    let report = report.map_err(|e| usage(e.reason))?;
    match out {
        Some(path) => {
            govcheck_report::write_json_atomic(path, &report)
                .with_context(|| format!("cannot write {}", path.display()))?;
            if !quiet {
                eprintln!(
                    "{}：得分 {:.1}，{}（{}），问题 {} 个 → {}",
                    report.site.name,
                    report.verdict.score,
                    report.verdict.grade.label_zh(),
                    if report.verdict.qualified {
                        "合格"
                    } else {
                        "不合格"
                    },
                    report.findings.len(),
                    path.display()
                );
            }
        }
        None => println!("{}", serde_json::to_string_pretty(&report)?),
    }
    Ok(ExitCode::SUCCESS)
}

async fn run_sweep(
    sites: &[Site],
    checks: Arc<Checks>,
    crawl: &CrawlArgs,
    db: &Path,
    options: &SweepOptions,
    quiet: bool,
) -> Result<ExitCode> {
    if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let store = govcheck_report::SqliteStore::open(db)
        .with_context(|| format!("cannot open the store {}", db.display()))?;
    let engine =
        Arc::new(Engine::new(&engine_options(crawl)?, checks).context("cannot start the crawler")?);
    let (cancel_tx, cancel_rx) = tokio::sync::watch::channel(false);
    let ctrl_c = tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            eprintln!("\n收到中断信号，正在停止（已完成的站点已保存）…");
            let _ = cancel_tx.send(true);
        }
    });
    let progress = ProgressLine::start(engine.progress.clone(), sites.len() as u64, quiet);
    let outcome = govcheck_engine::sweep(engine, sites, Box::new(store), options, cancel_rx).await;
    drop(progress);
    ctrl_c.abort();
    let outcome = outcome?;
    if outcome.cancelled {
        eprintln!(
            "已中断：本次完成 {} 个站点，再次运行同一命令即可继续 (interrupted; run the same command again to resume)",
            outcome.checked_now
        );
        return Ok(ExitCode::from(130));
    }
    if !quiet {
        if let Some(m) = &outcome.monthly {
            print_monthly(m);
        }
        if let Some(p) = &outcome.monthly_path {
            eprintln!(
                "月检查结果 (monthly check): {}  [本次检查 {}，续用已完成 {}]",
                p.display(),
                outcome.checked_now,
                outcome.resumed
            );
        }
        for n in &outcome.not_checked {
            eprintln!("未完成检查 (not checked): {} — {}", n.id, n.reason);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_monthly(m: &MonthlyCheck) {
    eprintln!(
        "{} 月检查：{} 个站点，合格 {}，不合格 {}",
        m.month, m.summary.sites, m.summary.qualified, m.summary.unqualified
    );
    for r in &m.sites {
        eprintln!(
            "  {:<16} {:>5.1}  {:<4} {}",
            r.site.id,
            r.verdict.score,
            r.verdict.grade.label_zh(),
            if r.verdict.vetoes.is_empty() {
                String::new()
            } else {
                format!("否决: {}", r.verdict.vetoes.join(", "))
            }
        );
    }
}

fn circular(quarter: &str, reports: &Path, out: Option<PathBuf>, org: &str) -> Result<ExitCode> {
    let (circular, path) = build_circular(quarter, reports, out)?;
    write_circular(&circular, &path, org)?;
    eprintln!(
        "{} 季通报：{} 个站点，合格率 {:.1}% → {}",
        circular.quarter,
        circular.summary.sites,
        circular.summary.qualification_rate * 100.0,
        path.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn build_circular(
    quarter: &str,
    reports: &Path,
    out: Option<PathBuf>,
) -> Result<(QuarterlyCircular, PathBuf)> {
    let months =
        govcheck_report::quarter_months(quarter).map_err(|e| usage(format!("--quarter: {e}")))?;
    let monthly = govcheck_report::read_quarter_from_dir(reports, quarter)
        .map_err(|e| usage(e.to_string()))?;
    if monthly.is_empty() {
        return Err(usage(format!(
            "no monthly check of {quarter} found in {} (expected {}/YYYY-MM/monthly-check.json for {})",
            reports.display(),
            reports.display(),
            months.join(", ")
        )));
    }
    let previous_q = govcheck_report::previous_quarter(quarter);
    let previous = match govcheck_report::read_quarter_from_dir(reports, &previous_q) {
        Ok(pm) if !pm.is_empty() => Some(govcheck_report::circular(&previous_q, &pm, None)?),
        _ => None,
    };
    let circular = govcheck_report::circular(quarter, &monthly, previous.as_ref())?;
    let path = out.unwrap_or_else(|| reports.join(quarter).join("quarterly-circular.json"));
    Ok((circular, path))
}

fn write_circular(circular: &QuarterlyCircular, path: &Path, org: &str) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    govcheck_report::write_json_atomic(path, circular)
        .with_context(|| format!("cannot write {}", path.display()))?;
    let md = path.with_extension("md");
    govcheck_report::write_atomic(
        &md,
        govcheck_report::render_markdown(circular, org).as_bytes(),
    )
    .with_context(|| format!("cannot write {}", md.display()))?;
    let html = path.with_extension("html");
    govcheck_report::write_atomic(
        &html,
        govcheck_report::render_html(circular, org).as_bytes(),
    )
    .with_context(|| format!("cannot write {}", html.display()))?;
    Ok(())
}

fn scan_words(list: Option<&Path>, files: &[PathBuf]) -> Result<ExitCode> {
    let list = load_words(list)?;
    let matcher = WordMatcher::new(&list);
    for w in matcher.warnings() {
        eprintln!("警告 (warning): {w}");
    }
    let mut hits = 0usize;
    for file in files {
        let bytes = std::fs::read(file)
            .map_err(|e| usage(format!("{}: cannot read: {e}", file.display())))?;
        let is_html = file.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            matches!(
                e.to_ascii_lowercase().as_str(),
                "html" | "htm" | "shtml" | "xhtml"
            )
        });
        let text = if is_html {
            let decoded = govcheck_page::decode(&bytes, None);
            let base = url::Url::from_file_path(
                std::fs::canonicalize(file).unwrap_or_else(|_| file.clone()),
            )
            .unwrap_or_else(|_| url::Url::parse("file:///local.html").expect("static URL"));
            govcheck_page::parse(&base, &decoded.text, decoded.encoding).visible_text
        } else {
            String::from_utf8_lossy(&bytes).into_owned()
        };
        for line in matcher.report_lines(&file.display().to_string(), &text) {
            println!("{line}");
            hits += 1;
        }
    }
    eprintln!(
        "{hits} 处命中 (hits) in {} 个文件, {} 条词条 (entries)",
        files.len(),
        list.entries.len()
    );
    Ok(ExitCode::SUCCESS)
}

async fn probe(sites: &Path, db: &Path, timeout: u64) -> Result<ExitCode> {
    let sites = load_sites(sites).map_err(config_error)?;
    if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let mut store = govcheck_report::SqliteStore::open(db)
        .with_context(|| format!("cannot open the store {}", db.display()))?;
    let at = chrono::Utc::now().naive_utc();
    let outcomes = govcheck_engine::probe_round(
        &sites,
        Duration::from_secs(timeout),
        govcheck_crawl_user_agent(),
    )
    .await;
    let mut failed = 0;
    for o in outcomes {
        if !o.ok {
            failed += 1;
            eprintln!(
                "无法打开 (down): {} {} — {}",
                o.site_id,
                o.url,
                o.error.clone().unwrap_or_default()
            );
        }
        store.record_probe(&govcheck_report::Probe {
            site_id: o.site_id,
            url: o.url,
            at,
            ok: o.ok,
            status: o.status,
            error: o.error,
            elapsed_ms: o.elapsed_ms,
        })?;
    }
    eprintln!(
        "探测 {} 个站点，{} 个无法打开，已记录到 {}",
        sites.len(),
        failed,
        db.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn govcheck_crawl_user_agent() -> &'static str {
    concat!(
        "govcheck/",
        env!("CARGO_PKG_VERSION"),
        " (+https://github.com/govcheck/govcheck; 政府网站检查)"
    )
}

/// The embedded default: sample portals on loopback, three monthly
/// sweeps and a circular, with no configuration.
async fn demo(out_dir: &Path, quiet: bool) -> Result<ExitCode> {
    let network = govcheck_testsite::Network::start()
        .await
        .context("cannot start the sample portals on 127.0.0.1")?;
    std::fs::create_dir_all(out_dir)
        .with_context(|| format!("cannot create {}", out_dir.display()))?;
    let sites_path = out_dir.join("sites.toml");
    let sites_toml = network.sites_toml();
    std::fs::write(&sites_path, &sites_toml)
        .with_context(|| format!("cannot write {}", sites_path.display()))?;
    let sites = parse_sites(&sites_path, &sites_toml).map_err(config_error)?;
    let crawl = CrawlArgs {
        words: None,
        rules: None,
        columns: None,
        rate: 20.0,
        concurrency: 16,
        max_pages: 500,
        timeout: 5,
    };
    let checks = load_checks(&crawl)?;
    let db = out_dir.join("govcheck.sqlite");
    eprintln!(
        "示例门户已在本机启动 (sample portals on loopback): {} 个",
        sites.len()
    );
    for month in ["2024-01", "2024-02", "2024-03"] {
        network.set_month(month);
        let options = SweepOptions {
            month: month.to_string(),
            as_of: govcheck_engine::month_end(month).expect("static month"),
            out_dir: out_dir.to_path_buf(),
            fresh: true,
            parallel_sites: 6,
            site_timeout: Duration::from_secs(300),
            probes_until: None,
        };
        let code = run_sweep(&sites, checks.clone(), &crawl, &db, &options, quiet).await?;
        if code != ExitCode::SUCCESS {
            return Ok(code);
        }
    }
    let (circular, path) = build_circular("2024-Q1", out_dir, None)?;
    write_circular(&circular, &path, "示例市人民政府办公室")?;
    println!("\n2024年第一季度 (2024-Q1) 结果:");
    println!(
        "{:<16} {:<24} {:>6}  {:<6} 问题",
        "站点", "名称", "得分", "等级"
    );
    for s in &circular.sites {
        println!(
            "{:<16} {:<24} {:>6.1}  {:<6} {}",
            s.site.id,
            s.site.name,
            s.score,
            s.grade.label_zh(),
            s.problems.len()
        );
    }
    println!(
        "\n合格率 {:.1}%。文件 (files):\n  {}\n  {}\n  {}\n  {}/2024-0[1-3]/monthly-check.json",
        circular.summary.qualification_rate * 100.0,
        path.display(),
        path.with_extension("md").display(),
        path.with_extension("html").display(),
        out_dir.display()
    );
    Ok(ExitCode::SUCCESS)
}
