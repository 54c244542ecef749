//! The JSON Schemas of the three documents, generated from the model types
//! so that they cannot drift from what govcheck writes. The generated files
//! ship in the repository's `schemas/` folder; a test keeps them equal.

use govcheck_model::{
    MONTHLY_CHECK_SCHEMA, MonthlyCheck, QUARTERLY_CIRCULAR_SCHEMA, QuarterlyCircular,
    SITE_REPORT_SCHEMA, SiteReport,
};
use schemars::JsonSchema;
use serde_json::{Value, json};
use std::io;
use std::path::Path;

/// File names of the shipped schemas.
pub const SITE_REPORT_SCHEMA_FILE: &str = "site-report.schema.json";
pub const MONTHLY_CHECK_SCHEMA_FILE: &str = "monthly-check.schema.json";
pub const QUARTERLY_CIRCULAR_SCHEMA_FILE: &str = "quarterly-circular.schema.json";

/// The three schemas as (file name, schema), in a fixed order.
pub fn schemas() -> Vec<(&'static str, Value)> {
    vec![
        (
            SITE_REPORT_SCHEMA_FILE,
            generate::<SiteReport>(
                SITE_REPORT_SCHEMA,
                "govcheck site report: the findings and verdict of one government website (govcheck check).",
            ),
        ),
        (
            MONTHLY_CHECK_SCHEMA_FILE,
            generate::<MonthlyCheck>(
                MONTHLY_CHECK_SCHEMA,
                "govcheck monthly check (月检查): one site report per site, sorted by site id, with the month's counters.",
            ),
        ),
        (
            QUARTERLY_CIRCULAR_SCHEMA_FILE,
            generate::<QuarterlyCircular>(
                QUARTERLY_CIRCULAR_SCHEMA,
                "govcheck quarterly circular (季通报): each site's quarter verdict, problems followed month to month, and overall figures.",
            ),
        ),
    ]
}

/// Writes the schemas into `dir` (pretty JSON, trailing newline).
pub fn write_schemas(dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (name, schema) in schemas() {
        crate::write_json_atomic(&dir.join(name), &schema)?;
    }
    Ok(())
}

/// Generates the schema of `T` and pins its `schema` tag, so that a file
/// of another document (or another version) does not validate.
fn generate<T: JsonSchema>(tag: &str, description: &str) -> Value {
    let schema = schemars::schema_for!(T);
    let mut value = schema.to_value();
    if let Some(obj) = value.as_object_mut() {
        obj.insert("description".into(), json!(description));
        if let Some(Value::Object(props)) = obj.get_mut("properties")
            && let Some(Value::Object(tag_schema)) = props.get_mut("schema")
        {
            tag_schema.insert("const".into(), json!(tag));
            tag_schema.insert(
                "description".into(),
                json!(format!("Schema tag of the document: `{tag}`.")),
            );
        }
    }
    restrict_category_keys(&mut value);
    value
}

/// Maps keyed by [`govcheck_model::Category`] (the circular's
/// `by_category`) come out of schemars as free-form objects; their keys
/// are the category names, so say so.
fn restrict_category_keys(schema: &mut Value) {
    let has_category = schema
        .get("$defs")
        .and_then(|d| d.get("Category"))
        .is_some();
    if !has_category {
        return;
    }
    if let Some(Value::Object(by_category)) =
        schema.pointer_mut("/$defs/QuarterSummary/properties/by_category")
    {
        by_category.insert(
            "propertyNames".into(),
            json!({ "$ref": "#/$defs/Category" }),
        );
    }
}
