//! Which field each column of a Jira CSV export holds, whatever the language of the exporting
//! user's Jira and whatever year its column names are from.
//!
//! A column is recognised, in this order:
//! 1. by the chair's choice in the preview ([`ColumnChoice`]), which always wins;
//! 2. by its header, compared with the names Jira gives the field in each language it ships
//!    ([`LANGUAGES`]), without case and with runs of spaces as one. A custom field comes wrapped
//!    in the language's "Custom field (…)" (`Benutzerdefinierte Felder (Rank)`, `Pole
//!    niestandardowe (Story point estimate)`): the name inside the last parentheses is matched,
//!    whatever the wrapper says, so no wrapper needs to be known;
//! 3. by the shape of its values, where the header is still unknown: a column with an issue key
//!    (`[A-Z][A-Z0-9_]+-[0-9]+`) in every row, each a different one, is the key; a column of
//!    LexoRank strings is the rank; and Jira always writes the summary first, so a first column
//!    with text in every row is the summary.
//!
//! The report lists every column with how it was read ([`ColumnRecognition`]), so that a wrong
//! guess is seen and corrected before anything is saved.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

/// A field of a Jira issue that Gavel reads from a CSV column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ColumnField {
    Key,
    Summary,
    Status,
    Priority,
    IssueType,
    /// The parent's issue key, or its numeric issue id (found through [`ColumnField::IssueId`]).
    Parent,
    /// The epic of a company-managed project before Jira made epics parents (2023), and
    /// Advanced Roadmaps' "Parent Link": a parent, used when [`ColumnField::Parent`] is empty.
    EpicLink,
    Rank,
    Sprint,
    StoryPoints,
    /// Team-managed projects' estimate field; [`ColumnField::StoryPoints`] wins when both are set.
    StoryPointEstimate,
    Votes,
    Watchers,
    Labels,
    /// Jira's numeric id of the issue, read only to find a parent given by its id.
    IssueId,
    Comment,
    Components,
    FixVersions,
    Description,
    Created,
    Updated,
}

impl ColumnField {
    /// The fields the chair can choose for a column in the preview, in the order offered.
    pub const CHOOSABLE: [ColumnField; 12] = [
        ColumnField::Key,
        ColumnField::Summary,
        ColumnField::Status,
        ColumnField::Priority,
        ColumnField::IssueType,
        ColumnField::Parent,
        ColumnField::Rank,
        ColumnField::Sprint,
        ColumnField::StoryPoints,
        ColumnField::Votes,
        ColumnField::Watchers,
        ColumnField::Labels,
    ];

    /// The name used in `--column HEADER=FIELD` and in messages: `key`, `summary`, `story_points` …
    pub fn name(self) -> &'static str {
        match self {
            ColumnField::Key => "key",
            ColumnField::Summary => "summary",
            ColumnField::Status => "status",
            ColumnField::Priority => "priority",
            ColumnField::IssueType => "issue_type",
            ColumnField::Parent => "parent",
            ColumnField::EpicLink => "epic_link",
            ColumnField::Rank => "rank",
            ColumnField::Sprint => "sprint",
            ColumnField::StoryPoints => "story_points",
            ColumnField::StoryPointEstimate => "story_point_estimate",
            ColumnField::Votes => "votes",
            ColumnField::Watchers => "watchers",
            ColumnField::Labels => "labels",
            ColumnField::IssueId => "issue_id",
            ColumnField::Comment => "comment",
            ColumnField::Components => "components",
            ColumnField::FixVersions => "fix_versions",
            ColumnField::Description => "description",
            ColumnField::Created => "created",
            ColumnField::Updated => "updated",
        }
    }

    pub fn from_name(name: &str) -> Option<ColumnField> {
        ALL_FIELDS.into_iter().find(|field| field.name() == name)
    }
}

const ALL_FIELDS: [ColumnField; 21] = [
    ColumnField::Key,
    ColumnField::Summary,
    ColumnField::Status,
    ColumnField::Priority,
    ColumnField::IssueType,
    ColumnField::Parent,
    ColumnField::EpicLink,
    ColumnField::Rank,
    ColumnField::Sprint,
    ColumnField::StoryPoints,
    ColumnField::StoryPointEstimate,
    ColumnField::Votes,
    ColumnField::Watchers,
    ColumnField::Labels,
    ColumnField::IssueId,
    ColumnField::Comment,
    ColumnField::Components,
    ColumnField::FixVersions,
    ColumnField::Description,
    ColumnField::Created,
    ColumnField::Updated,
];

/// The chair's reading of a column, chosen in the preview or with `--column`: every column with
/// this header holds `field`, or (with `None`) is not read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ColumnChoice {
    pub header: String,
    pub field: Option<ColumnField>,
}

/// How a column's field was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum RecognisedBy {
    /// The header is one of the names Jira gives the field.
    Name,
    /// The header is unknown; the values have the field's shape (issue keys, LexoRanks).
    Values,
    /// The header is unknown; Jira writes this field in this place (the summary first).
    Position,
    /// The chair chose it.
    Choice,
    /// Not read: a column Gavel does not use, or one the chair chose to leave out.
    NotRead,
}

/// One header of the file (all its repeated columns) and what Gavel reads from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ColumnRecognition {
    pub header: String,
    /// How many columns have this header (`Labels` ×4).
    pub count: u32,
    pub field: Option<ColumnField>,
    pub recognised_by: RecognisedBy,
}

/// The field a header names, by [`LANGUAGES`]; `None` for a header no language knows.
pub fn field_named(header: &str) -> Option<ColumnField> {
    let normalised = normalise_header(header);
    if let Some(field) = NAME_TO_FIELD.get(normalised.as_str()) {
        return Some(*field);
    }
    // "Custom field (Story Points)" in any language's wording: the name in the last parentheses.
    let inner = normalised
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once('('))
        .map(|(wrapper, inner)| (wrapper.trim(), inner.trim()))
        .filter(|(wrapper, _)| !wrapper.is_empty())?
        .1;
    NAME_TO_FIELD.get(inner).copied()
}

/// Lower case, runs of white space as one space, without a byte-order mark, quotes or a trailing
/// colon (seen in hand-edited exports).
pub fn normalise_header(header: &str) -> String {
    header
        .trim_start_matches('\u{feff}')
        .trim()
        .trim_matches('"')
        .trim_end_matches(':')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// `[A-Z][A-Z0-9_]+-[0-9]+`: a Jira issue key such as `MO-1420`.
pub fn is_issue_key(text: &str) -> bool {
    let Some((project, number)) = text.split_once('-') else {
        return false;
    };
    let mut project_bytes = project.bytes();
    project_bytes
        .next()
        .is_some_and(|byte| byte.is_ascii_uppercase())
        && project.len() >= 2
        && project_bytes
            .all(|byte| byte.is_ascii_uppercase() || byte.is_ascii_digit() || byte == b'_')
        && !number.is_empty()
        && number.bytes().all(|byte| byte.is_ascii_digit())
}

/// `0|i001nb:i`: a bucket digit, a bar, base-36 characters and a colon.
pub fn is_lexo_rank(text: &str) -> bool {
    let Some((bucket, rest)) = text.split_once('|') else {
        return false;
    };
    matches!(bucket, "0" | "1" | "2")
        && rest.contains(':')
        && rest
            .bytes()
            .all(|byte| byte.is_ascii_digit() || byte.is_ascii_lowercase() || byte == b':')
}

/// The names Jira gives each field in the languages its user interface ships in, as they appear
/// in CSV export headers, lower case. Several names per field where Jira's wording changed (the
/// 2025 "work item" renaming in Jira Cloud, Server and Cloud wording) or where exports seen in the
/// wild differ. Sources: real exports (tests/fixtures/jira/ and public repositories' fixtures)
/// and Atlassian's documentation in each language. A header none of these match is still read
/// by the shape of its values, or by the chair's choice.
pub const LANGUAGES: &[(&str, &[(ColumnField, &str)])] = {
    use ColumnField::*;
    &[
        (
            "English",
            &[
                (Key, "issue key"),
                (Key, "work item key"),
                (Key, "key"),
                (Summary, "summary"),
                (Status, "status"),
                (Priority, "priority"),
                (IssueType, "issue type"),
                (IssueType, "work type"),
                (IssueType, "work item type"),
                (Parent, "parent"),
                (Parent, "parent key"),
                (Parent, "parent id"),
                (Parent, "parent issue"),
                (Parent, "parent work item"),
                (EpicLink, "epic link"),
                (EpicLink, "parent link"),
                (Rank, "rank"),
                (Sprint, "sprint"),
                (Sprint, "sprints"),
                (StoryPoints, "story points"),
                (StoryPoints, "story point"),
                (StoryPointEstimate, "story point estimate"),
                (Votes, "votes"),
                (Watchers, "watchers"),
                (Labels, "labels"),
                (Labels, "label"),
                (IssueId, "issue id"),
                (IssueId, "work item id"),
                (Comment, "comment"),
                (Comment, "comments"),
                (Components, "component/s"),
                (Components, "components"),
                (FixVersions, "fix version/s"),
                (FixVersions, "fix versions"),
                (Description, "description"),
                (Created, "created"),
                (Updated, "updated"),
            ],
        ),
        (
            "Danish",
            &[
                (Key, "sagsnøgle"),
                (Key, "opgavenøgle"),
                (Key, "problemnøgle"),
                (Key, "emnenøgle"),
                (Key, "nøgle"),
                (Summary, "resumé"),
                (Summary, "opsummering"),
                (Summary, "sammenfatning"),
                (Summary, "sammendrag"),
                (Priority, "prioritet"),
                (IssueType, "sagstype"),
                (IssueType, "opgavetype"),
                (IssueType, "problemtype"),
                (Parent, "overordnet"),
                (Parent, "overordnet sag"),
                (Parent, "overordnet opgave"),
                (Parent, "overordnet element"),
                (EpicLink, "epic-link"),
                (Rank, "rang"),
                (Rank, "rangering"),
                (Rank, "rangordning"),
                (StoryPointEstimate, "story point-estimat"),
                (StoryPointEstimate, "estimering af story points"),
                (Votes, "stemmer"),
                (Watchers, "overvågere"),
                (Watchers, "observatører"),
                (Labels, "etiketter"),
                (Labels, "mærkater"),
                (IssueId, "sags-id"),
                (IssueId, "opgave-id"),
                (Comment, "kommentar"),
                (Comment, "kommentarer"),
                (Components, "komponent/er"),
                (Components, "komponenter"),
                (FixVersions, "rettelsesversion/er"),
                (FixVersions, "rettelsesversioner"),
                (Description, "beskrivelse"),
                (Created, "oprettet"),
                (Updated, "opdateret"),
            ],
        ),
        (
            "German",
            &[
                (Key, "vorgangsschlüssel"),
                (Key, "schlüssel"),
                (Summary, "zusammenfassung"),
                (Priority, "priorität"),
                (IssueType, "vorgangstyp"),
                (Parent, "übergeordnet"),
                (Parent, "übergeordneter vorgang"),
                (EpicLink, "epic-verknüpfung"),
                (Rank, "rang"),
                (StoryPoints, "story-punkte"),
                (StoryPointEstimate, "story point-schätzung"),
                (StoryPointEstimate, "schätzung der story points"),
                (Votes, "stimmen"),
                (Watchers, "beobachter"),
                (Labels, "stichwörter"),
                (Labels, "etiketten"),
                (IssueId, "vorgangs-id"),
                (Comment, "kommentar"),
                (Comment, "kommentare"),
                (Components, "komponente/n"),
                (Components, "komponenten"),
                (FixVersions, "lösungsversion/en"),
                (Description, "beschreibung"),
                (Created, "erstellt"),
                (Updated, "aktualisiert"),
            ],
        ),
        (
            "Spanish",
            &[
                (Key, "clave de incidencia"),
                (Key, "clave de elemento de trabajo"),
                (Key, "clave"),
                (Summary, "resumen"),
                (Status, "estado"),
                (Priority, "prioridad"),
                (IssueType, "tipo de incidencia"),
                (IssueType, "tipo de trabajo"),
                (Parent, "principal"),
                (Parent, "incidencia principal"),
                (Parent, "elemento principal"),
                (Parent, "padre"),
                (EpicLink, "enlace de épica"),
                (EpicLink, "enlace de epic"),
                (Rank, "clasificación"),
                (Rank, "clasificacion"),
                (Rank, "rango"),
                (StoryPoints, "puntos de historia"),
                (StoryPointEstimate, "estimación de puntos de historia"),
                (StoryPointEstimate, "estimación de story points"),
                (Votes, "votos"),
                (Watchers, "observadores"),
                (Labels, "etiquetas"),
                (IssueId, "id. de incidencia"),
                (IssueId, "id de incidencia"),
                (Comment, "comentario"),
                (Comment, "comentarios"),
                (Components, "componente/s"),
                (Components, "componentes"),
                (FixVersions, "versión de corrección"),
                (FixVersions, "versiones de corrección"),
                (FixVersions, "versión/es de corrección"),
                (Description, "descripción"),
                (Created, "creada"),
                (Created, "creado"),
                (Updated, "actualizada"),
                (Updated, "actualizado"),
            ],
        ),
        (
            "French",
            &[
                (Key, "clé de ticket"),
                (Key, "clé du ticket"),
                (Key, "clé de la demande"),
                (Key, "clé de demande"),
                (Key, "clé"),
                (Summary, "résumé"),
                (Summary, "resume"),
                (Status, "statut"),
                (Status, "état"),
                (Priority, "priorité"),
                (IssueType, "type de ticket"),
                (IssueType, "type de demande"),
                (Parent, "ticket parent"),
                (EpicLink, "lien d'epic"),
                (EpicLink, "lien de l'epic"),
                (Rank, "rang"),
                (Rank, "classement"),
                (StoryPoints, "points de story"),
                (StoryPoints, "points d'histoire"),
                (StoryPointEstimate, "estimation des points de story"),
                (StoryPointEstimate, "estimation de story points"),
                (Watchers, "observateurs"),
                (Labels, "étiquettes"),
                (IssueId, "id de ticket"),
                (IssueId, "id du ticket"),
                (Comment, "commentaire"),
                (Comment, "commentaires"),
                (Components, "composant/s"),
                (Components, "composants"),
                (FixVersions, "version(s) corrective(s)"),
                (FixVersions, "version corrective"),
                (FixVersions, "versions corrigées"),
                (Created, "création"),
                (Created, "créé"),
                (Created, "créée"),
                (Updated, "mis à jour"),
                (Updated, "mise à jour"),
            ],
        ),
        (
            "Italian",
            &[
                (Key, "chiave"),
                (Key, "chiave ticket"),
                (Summary, "riepilogo"),
                (Status, "stato"),
                (Priority, "priorità"),
                (IssueType, "tipo di ticket"),
                (Parent, "elemento principale"),
                (Parent, "ticket principale"),
                (Parent, "padre"),
                (EpicLink, "collegamento epic"),
                (Rank, "classificazione"),
                (Votes, "voti"),
                (Watchers, "osservatori"),
                (Labels, "etichette"),
                (IssueId, "id ticket"),
                (Comment, "commento"),
                (Comment, "commenti"),
                (Description, "descrizione"),
                (Created, "creato"),
                (Updated, "aggiornato"),
            ],
        ),
        (
            "Portuguese",
            &[
                (Key, "chave"),
                (Key, "chave do item"),
                (Key, "chave da issue"),
                (Summary, "resumo"),
                (Priority, "prioridade"),
                (IssueType, "tipo de item"),
                (IssueType, "tipo de issue"),
                (Parent, "pai"),
                (Parent, "item pai"),
                (EpicLink, "link do épico"),
                (Rank, "classificação"),
                (Watchers, "observadores"),
                (Labels, "rótulos"),
                (IssueId, "id do item"),
                (Comment, "comentário"),
                (Comment, "comentários"),
                (Description, "descrição"),
                (Created, "criado"),
                (Updated, "atualizado"),
            ],
        ),
        (
            "Dutch",
            &[
                (Key, "sleutel"),
                (Key, "issuesleutel"),
                (Summary, "samenvatting"),
                (Priority, "prioriteit"),
                (IssueType, "issuetype"),
                (Parent, "bovenliggend"),
                (Parent, "bovenliggend item"),
                (Parent, "bovenliggende issue"),
                (EpicLink, "epic-koppeling"),
                (Rank, "rangorde"),
                (Votes, "stemmen"),
                (Watchers, "kijkers"),
                (Watchers, "volgers"),
                (IssueId, "issue-id"),
                (Comment, "opmerking"),
                (Comment, "opmerkingen"),
                (Description, "beschrijving"),
                (Description, "omschrijving"),
                (Created, "aangemaakt"),
                (Updated, "bijgewerkt"),
            ],
        ),
        (
            "Swedish",
            &[
                (Key, "ärendenyckel"),
                (Key, "nyckel"),
                (Summary, "sammanfattning"),
                (IssueType, "ärendetyp"),
                (Parent, "överordnad"),
                (Parent, "överordnat ärende"),
                (EpicLink, "epic-länk"),
                (Votes, "röster"),
                (Watchers, "bevakare"),
                (IssueId, "ärende-id"),
                (Description, "beskrivning"),
                (Created, "skapad"),
                (Updated, "uppdaterad"),
            ],
        ),
        (
            "Norwegian",
            &[
                (Key, "saksnøkkel"),
                (Key, "nøkkel"),
                (IssueType, "sakstype"),
                (EpicLink, "epic-kobling"),
                (Watchers, "overvåkere"),
                (Watchers, "følgere"),
                (IssueId, "saks-id"),
                (Updated, "oppdatert"),
            ],
        ),
        (
            "Finnish",
            &[
                (Key, "avain"),
                (Key, "tehtävän avain"),
                (Summary, "yhteenveto"),
                (Status, "tila"),
                (Priority, "prioriteetti"),
                (IssueType, "tehtävätyyppi"),
                (Parent, "ylätaso"),
                (Parent, "yläkohde"),
                (Rank, "sijoitus"),
                (Votes, "äänet"),
                (Watchers, "seuraajat"),
                (Labels, "tunnisteet"),
                (Description, "kuvaus"),
            ],
        ),
        (
            "Polish",
            &[
                (Key, "klucz zgłoszenia"),
                (Key, "klucz"),
                (Summary, "podsumowanie"),
                (Priority, "priorytet"),
                (IssueType, "typ zgłoszenia"),
                (Parent, "element nadrzędny"),
                (Parent, "zgłoszenie nadrzędne"),
                (Rank, "pozycja"),
                (Votes, "głosy"),
                (Watchers, "obserwatorzy"),
                (Watchers, "obserwujący"),
                (Labels, "etykiety"),
                (IssueId, "id. zgłoszenia"),
                (IssueId, "identyfikator zgłoszenia"),
                (Description, "opis"),
                (Created, "utworzono"),
                (Updated, "zaktualizowano"),
            ],
        ),
        (
            "Czech",
            &[
                (Key, "klíč"),
                (Key, "klíč úkolu"),
                (Summary, "souhrn"),
                (Status, "stav"),
                (Priority, "priorita"),
                (IssueType, "typ úkolu"),
                (Parent, "nadřazený"),
                (Parent, "nadřazený úkol"),
                (Rank, "pořadí"),
                (Votes, "hlasy"),
                (Watchers, "sledující"),
                (Labels, "štítky"),
                (Description, "popis"),
            ],
        ),
        (
            "Hungarian",
            &[
                (Key, "kulcs"),
                (Summary, "összegzés"),
                (Summary, "összefoglaló"),
                (Status, "állapot"),
                (Priority, "prioritás"),
                (IssueType, "ügytípus"),
                (Parent, "szülő"),
                (Votes, "szavazatok"),
                (Watchers, "megfigyelők"),
                (Labels, "címkék"),
                (Description, "leírás"),
            ],
        ),
        (
            "Russian",
            &[
                (Key, "ключ"),
                (Key, "ключ задачи"),
                (Key, "ключ запроса"),
                (Key, "ключ проблемы"),
                (Summary, "тема"),
                (Summary, "краткое описание"),
                (Status, "статус"),
                (Priority, "приоритет"),
                (IssueType, "тип задачи"),
                (Parent, "родительская задача"),
                (Parent, "родитель"),
                (Parent, "родительский элемент"),
                (EpicLink, "ссылка на эпик"),
                (Rank, "ранг"),
                (Sprint, "спринт"),
                (Votes, "голоса"),
                (Watchers, "наблюдатели"),
                (Labels, "метки"),
                (Description, "описание"),
                (Created, "создано"),
                (Updated, "обновлено"),
            ],
        ),
        (
            "Japanese",
            &[
                (Key, "キー"),
                (Key, "課題キー"),
                (Summary, "要約"),
                (Status, "ステータス"),
                (Priority, "優先度"),
                (IssueType, "課題タイプ"),
                (Parent, "親"),
                (Parent, "親課題"),
                (EpicLink, "エピックリンク"),
                (Rank, "ランク"),
                (Sprint, "スプリント"),
                (StoryPoints, "ストーリーポイント"),
                (StoryPointEstimate, "ストーリーポイントの見積もり"),
                (Votes, "投票"),
                (Votes, "投票数"),
                (Watchers, "ウォッチャー"),
                (Labels, "ラベル"),
                (Description, "説明"),
                (Created, "作成日"),
                (Updated, "更新日"),
            ],
        ),
        (
            "Korean",
            &[
                (Key, "키"),
                (Key, "이슈 키"),
                (Summary, "요약"),
                (Status, "상태"),
                (Priority, "우선 순위"),
                (Priority, "우선순위"),
                (IssueType, "이슈 유형"),
                (Parent, "상위 항목"),
                (Parent, "상위"),
                (EpicLink, "에픽 링크"),
                (Rank, "순위"),
                (Sprint, "스프린트"),
                (StoryPoints, "스토리 포인트"),
                (Votes, "투표"),
                (Watchers, "주시자"),
                (Watchers, "지켜보는 사람"),
                (Labels, "레이블"),
                (Labels, "라벨"),
                (Description, "설명"),
            ],
        ),
        (
            "Chinese (Simplified)",
            &[
                (Key, "关键字"),
                (Key, "问题关键字"),
                (Key, "事务关键字"),
                (Summary, "概要"),
                (Summary, "摘要"),
                (Status, "状态"),
                (Priority, "优先级"),
                (IssueType, "问题类型"),
                (IssueType, "事务类型"),
                (Parent, "父级"),
                (Parent, "父问题"),
                (EpicLink, "史诗链接"),
                (Rank, "排名"),
                (Sprint, "冲刺"),
                (StoryPoints, "故事点"),
                (StoryPoints, "故事点数"),
                (Votes, "投票数"),
                (Watchers, "关注者"),
                (Watchers, "观察者"),
                (Labels, "标签"),
                (Description, "描述"),
                (Created, "创建日期"),
                (Updated, "已更新"),
            ],
        ),
        (
            "Chinese (Traditional)",
            &[
                (Key, "索引鍵"),
                (Key, "關鍵字"),
                (Status, "狀態"),
                (Priority, "優先順序"),
                (IssueType, "問題類型"),
                (Parent, "父項"),
                (Sprint, "衝刺"),
                (StoryPoints, "故事點數"),
                (Watchers, "監看者"),
                (Watchers, "關注者"),
                (Labels, "標籤"),
            ],
        ),
        (
            "Turkish",
            &[
                (Key, "anahtar"),
                (Key, "konu anahtarı"),
                (Summary, "özet"),
                (Status, "durum"),
                (Priority, "öncelik"),
                (IssueType, "konu türü"),
                (Parent, "üst öğe"),
                (Rank, "sıralama"),
                (Votes, "oylar"),
                (Watchers, "izleyiciler"),
                (Labels, "etiketler"),
                (Description, "açıklama"),
            ],
        ),
    ]
};

/// Every name of [`LANGUAGES`], looked up once per header.
static NAME_TO_FIELD: LazyLock<HashMap<&'static str, ColumnField>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .flat_map(|(_, names)| names.iter())
        .map(|(field, name)| (*name, *field))
        .collect()
});

#[cfg(test)]
mod tests;
