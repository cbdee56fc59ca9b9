//! `gavel --help` in the reader's language. The help is written once, in English, as the doc
//! comments clap's derive reads; in Danish every command's and argument's text is replaced by
//! the catalogue's message of the same place (`cli.ftl`, `cli-help-…`), and so are the help's
//! own headings. clap's words around them — "[default: …]", "[possible values: …]", "[env: …]",
//! its refusals of a wrong argument — stay as clap writes them.
//!
//! A command's message is `cli-help` followed by its path (`cli-help-sync-export`); an
//! argument's adds `--` and its name (`cli-help-sync-export--password-file`), or, for an
//! argument that means the same wherever it appears (`--db`, `--help`, a meeting's id), only
//! that (`cli-help--db`). The English messages are the doc comments' texts; the tests hold the
//! two to each other, so a changed doc comment without its message fails.

use clap::Command;
use gavel_messages::Language;

use crate::language::message;

/// `command` (the derive's), with its help in the reader's language.
pub fn in_reader_language(mut command: Command) -> Command {
    if !crate::language::danish() {
        return command;
    }
    // Built first, so that clap's own --help, --version and `help` are there to be worded.
    command.build();
    let headings = Headings {
        usage: message("cli-help-usage", &[]),
        commands: message("cli-help-heading-commands", &[]),
        command: message("cli-help-command-placeholder", &[]),
        arguments: message("cli-help-heading-arguments", &[]),
        options: message("cli-help-heading-options", &[]),
        help_command: message("cli-help-help-command", &[]),
    };
    reworded(command, ROOT, Language::Danish, &headings)
}

/// The message id of the top command; a subcommand's adds "-" and its name.
const ROOT: &str = "cli-help";

/// The help's own words, in the reader's language.
struct Headings {
    usage: String,
    commands: String,
    command: String,
    arguments: String,
    options: String,
    help_command: String,
}

fn reworded(command: Command, id: &str, language: Language, headings: &Headings) -> Command {
    let template = template(&command, headings);
    let mut command = command
        .help_template(template)
        .subcommand_value_name(headings.command.clone());
    if let Some(about) = help_text(language, id) {
        command = command.about(about.clone()).long_about(about);
    }
    command = command.mut_args(
        |arg| match argument_help(language, id, arg.get_id().as_str()) {
            Some(help) => arg.help(help.clone()).long_help(help),
            None => arg,
        },
    );
    command.mut_subcommands(|subcommand| {
        if subcommand.get_name() == "help" {
            // clap's `gavel help COMMAND`: its own text, and the commands it copies are shown
            // with their own help when asked for.
            return subcommand.about(headings.help_command.clone());
        }
        let id = format!("{id}-{}", subcommand.get_name());
        reworded(subcommand, &id, language, headings)
    })
}

/// clap's default help layout, with the headings in the reader's language: clap's own
/// (`{all-args}`) are English, so each list is placed under a heading of ours, and only the lists
/// the command has.
fn template(command: &Command, headings: &Headings) -> String {
    let mut sections = Vec::new();
    if command
        .get_subcommands()
        .any(|subcommand| !subcommand.is_hide_set())
    {
        sections.push(format!("{}:\n{{subcommands}}", headings.commands));
    }
    if command.get_positionals().any(|arg| !arg.is_hide_set()) {
        sections.push(format!("{}:\n{{positionals}}", headings.arguments));
    }
    if command
        .get_arguments()
        .any(|arg| !arg.is_positional() && !arg.is_hide_set())
    {
        sections.push(format!("{}:\n{{options}}", headings.options));
    }
    format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{}{{after-help}}",
        headings.usage,
        sections.join("\n\n")
    )
}

/// The text of the command with message `id`, if the catalogue has one.
fn help_text(language: Language, id: &str) -> Option<String> {
    gavel_messages::has_message(id).then(|| gavel_messages::message(language, id, &[]))
}

/// The id of an argument's help: its command's own, else the one it has wherever it appears.
fn argument_ids(command_id: &str, argument: &str) -> [String; 2] {
    let argument = argument.replace('_', "-");
    [
        format!("{command_id}--{argument}"),
        format!("{ROOT}--{argument}"),
    ]
}

fn argument_help(language: Language, command_id: &str, argument: &str) -> Option<String> {
    argument_ids(command_id, argument)
        .iter()
        .find_map(|id| help_text(language, id))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use clap::CommandFactory;

    use super::*;

    /// Every command's and argument's English help, with the id its message has (or would have).
    fn english_help() -> Vec<(Vec<String>, String)> {
        let mut command = crate::Cli::command();
        command.build();
        let mut found = Vec::new();
        collect(&command, ROOT, &mut found);
        found
    }

    fn collect(command: &Command, id: &str, found: &mut Vec<(Vec<String>, String)>) {
        if let Some(about) = command.get_about() {
            found.push((vec![id.to_owned()], about.to_string()));
        }
        // clap's own --help and --version are worded once, with the help's own words.
        let clap_own = |arg: &&clap::Arg| ["help", "version"].contains(&arg.get_id().as_str());
        for arg in command
            .get_arguments()
            .filter(|arg| !arg.is_hide_set() && !clap_own(arg))
        {
            if let Some(help) = arg.get_help() {
                found.push((
                    argument_ids(id, arg.get_id().as_str()).to_vec(),
                    help.to_string(),
                ));
            }
        }
        for subcommand in command.get_subcommands() {
            if subcommand.get_name() != "help" {
                collect(
                    subcommand,
                    &format!("{id}-{}", subcommand.get_name()),
                    found,
                );
            }
        }
    }

    #[test]
    fn every_help_text_has_its_danish_message_and_the_english_one_is_the_doc_comment() {
        let mut missing = Vec::new();
        for (ids, english) in english_help() {
            match ids.iter().find(|id| gavel_messages::has_message(id)) {
                Some(id) => assert_eq!(
                    gavel_messages::message(Language::English, id, &[]),
                    english,
                    "the English message {id} is not the doc comment's text"
                ),
                None => missing.push(format!("{} = {english}", ids[0])),
            }
        }
        assert_eq!(missing, Vec::<String>::new(), "help without a message");
    }

    #[test]
    fn every_help_message_belongs_to_a_command_or_an_argument() {
        let used: BTreeSet<String> = english_help()
            .into_iter()
            .filter_map(|(ids, _)| ids.into_iter().find(|id| gavel_messages::has_message(id)))
            .collect();
        let own_words = [
            "cli-help-usage",
            "cli-help-heading-commands",
            "cli-help-command-placeholder",
            "cli-help-heading-arguments",
            "cli-help-heading-options",
            "cli-help-help-command",
            "cli-help--help",
            "cli-help--version",
        ];
        let unused: Vec<&str> = gavel_messages::message_ids(Language::Danish)
            .into_iter()
            .filter(|id| *id == ROOT || id.starts_with("cli-help-"))
            .filter(|id| !used.contains(*id) && !own_words.contains(id))
            .collect();
        assert_eq!(unused, Vec::<&str>::new(), "help messages nothing shows");
    }
}
