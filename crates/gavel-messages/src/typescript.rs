//! The catalogue for the UI: `ui/src/lib/generated/messages.ts` holds the Fluent sources the UI
//! renders itself (`Source::rendered_by_the_ui`) in both languages, the name of each of their
//! messages and the variables each one takes, so that TypeScript rejects a message that does not
//! exist or a missing argument. src-tauri's `generated_types` test writes and checks the file.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::{Language, sources};

/// Every message of `language` with the variables it uses: for the check that both languages
/// take the same ones.
#[cfg(test)]
pub(crate) fn variables_by_message(
    language: Language,
) -> BTreeMap<&'static str, BTreeSet<&'static str>> {
    variables_in(sources(language))
}

/// The messages of `files` with the variables each uses.
fn variables_in(files: &[crate::Source]) -> BTreeMap<&'static str, BTreeSet<&'static str>> {
    let mut messages = BTreeMap::new();
    for source in files {
        let resource = match fluent_syntax::parser::parse(source.text) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    collect_in_pattern(pattern, &mut variables);
                }
                messages.insert(message.id.name, variables);
            }
        }
    }
    messages
}

fn collect_in_pattern(pattern: &Pattern<&'static str>, into: &mut BTreeSet<&'static str>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_in_expression(expression, into);
        }
    }
}

fn collect_in_expression(expression: &Expression<&'static str>, into: &mut BTreeSet<&'static str>) {
    match expression {
        Expression::Select { selector, variants } => {
            collect_in_inline(selector, into);
            for variant in variants {
                collect_in_pattern(&variant.value, into);
            }
        }
        Expression::Inline(inline) => collect_in_inline(inline, into),
    }
}

fn collect_in_inline(inline: &InlineExpression<&'static str>, into: &mut BTreeSet<&'static str>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name);
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_in_inline(argument, into);
            }
            for argument in &arguments.named {
                collect_in_inline(&argument.value, into);
            }
        }
        InlineExpression::Placeable { expression } => collect_in_expression(expression, into),
        InlineExpression::StringLiteral { .. }
        | InlineExpression::NumberLiteral { .. }
        | InlineExpression::MessageReference { .. }
        | InlineExpression::TermReference { .. } => {}
    }
}

/// `messages.ts`: `CATALOGUE` (the Fluent sources per language), `MessageKey` and
/// `MessageArguments` (what each message takes; `Record<string, never>` for none).
pub fn typescript_module(regenerate: &str) -> String {
    let mut out = format!(
        "// Generated from crates/gavel-messages/locales — do not edit.\n\
         // Regenerate with: {regenerate}\n\n\
         /** The Fluent sources of the catalogue, per language, in load order. */\n\
         export const CATALOGUE = {{\n"
    );
    for language in Language::ALL {
        out.push_str(&format!("  {}: [\n", language.tag()));
        for source in ui_sources(language) {
            out.push_str(&format!("    {},\n", javascript_string(source.text)));
        }
        out.push_str("  ],\n");
    }
    out.push_str("} as const;\n\n");
    out.push_str("/** What every message takes: its variables, a text or a number each. */\n");
    out.push_str("export type MessageArguments = {\n");
    for (id, variables) in variables_in(&ui_sources(Language::Danish)) {
        let fields: Vec<String> = variables
            .iter()
            .map(|name| format!("{name}: string | number"))
            .collect();
        let shape = if fields.is_empty() {
            "Record<string, never>".to_owned()
        } else {
            format!("{{ {} }}", fields.join("; "))
        };
        out.push_str(&format!("  \"{id}\": {shape};\n"));
    }
    out.push_str("};\n\n");
    out.push_str("export type MessageKey = keyof MessageArguments;\n");
    out
}

fn ui_sources(language: Language) -> Vec<crate::Source> {
    sources(language)
        .iter()
        .copied()
        .filter(crate::Source::rendered_by_the_ui)
        .collect()
}

/// `text` as a JavaScript string literal in double quotes.
fn javascript_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
