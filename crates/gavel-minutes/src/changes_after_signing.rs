//! What the revisions after a signature changed, and whether signing may change that.
//!
//! A signature covers the file as it was when it was made (its `/ByteRange` ends where that
//! revision ends); everything appended later is outside it. Countersigning must append, so a
//! later revision is normal — but it may only *add signatures*. This module compares the
//! document a signature covers (`signed`) with the document as it is now (`current`), object by
//! object, and explains each difference by the one rule that allows it, or reports it:
//!
//! - a new signature field (`/FT /Sig`), its widget and its appearance, and the signature
//!   dictionary it holds; an empty signature box of the signed document being filled (only its
//!   `/V` and `/AP` change);
//! - the form's `/Fields`, `/SigFlags` and default appearance (`/DR`, `/DA`), and the page
//!   `/Annots` entries, that reference them;
//! - the catalog's `/Extensions`, `/Version` and `/MarkInfo`, as plain values;
//! - a document security store (`/DSS`: certificates, CRLs, OCSP responses);
//! - document metadata: the `/Info` dictionary (except Gavel's meeting id and log fingerprint,
//!   which the minutes print and the signature vouches for, and the meeting an agenda is of,
//!   which makes a file an agenda) and the XMP `/Metadata` stream;
//! - nothing else. A changed page, content stream, font, image, annotation, action, page tree or
//!   catalog entry, a removed or freed object, a field that is not a signature field, a change
//!   to a field signed before, and any new object that none of the rules above explains make the
//!   signature "changed after signing", named by page and object.
//!
//! The design follows pyHanko's difference analysis (`pyhanko.sign.diff_analysis`: whitelist
//! rules that each explain some updated references, and everything unexplained is suspicious),
//! made stricter where Gavel can afford it: no unreferenced new objects, no new form fields of
//! other kinds, no actions on new widgets. One more attack it closes: an object that the signed
//! document already referred to but did not define (a dangling reference, read as null) must not
//! be defined later, since that changes what the signed pages show without touching them.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use gavel_core::rules::Bilingual;
use gavel_messages::Argument;
use lopdf::{Dictionary, Document, Object, ObjectId};

use crate::agenda::INFO_AGENDA_OF_MEETING;
use crate::render::{INFO_LOG_FINGERPRINT, INFO_MEETING_ID};

/// What the revisions after one signature did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangesAfterSigning {
    /// What signing may add and was added: "signature field countersignature-1 was signed
    /// (signature 2)", "the document information was updated".
    pub allowed: Vec<Bilingual>,
    /// What nothing may change after a signature, and was changed: "page 1: its content stream
    /// (object 12) was changed".
    pub disallowed: Vec<Bilingual>,
}

impl ChangesAfterSigning {
    /// Nothing disallowed was changed.
    pub fn only_allowed(&self) -> bool {
        self.disallowed.is_empty()
    }
}

/// The most disallowed changes listed one by one; the rest are counted.
const MAX_LISTED_CHANGES: usize = 20;

/// How deep a form field tree may be: real forms are one or two levels deep.
const MAX_FIELD_DEPTH: usize = 32;

/// Compares the document a signature covers with the current one. `signatures` maps the object
/// id of every signature dictionary in `current` to its number (1-based, in signing order).
pub(crate) fn changes_after_signing(
    signed: &Document,
    current: &Document,
    signatures: &BTreeMap<ObjectId, usize>,
) -> ChangesAfterSigning {
    let mut analysis = Analysis {
        signed,
        current,
        signatures,
        changed: BTreeSet::new(),
        explained: BTreeSet::new(),
        new_widgets: BTreeSet::new(),
        page_numbers: None,
        result: ChangesAfterSigning::default(),
    };
    analysis.run();
    analysis.result
}

struct Analysis<'a> {
    signed: &'a Document,
    current: &'a Document,
    signatures: &'a BTreeMap<ObjectId, usize>,
    /// Objects that are new in `current` or differ from their signed version.
    changed: BTreeSet<ObjectId>,
    /// Changed objects a rule allows, or that a rule already reported by name (a page, a field,
    /// the catalog): what is left is reported as an unexplained object.
    explained: BTreeSet<ObjectId>,
    /// Widget annotations of new or newly signed signature fields: what may join a page's /Annots.
    new_widgets: BTreeSet<ObjectId>,
    /// Page object → page number, read once when a new field needs it.
    page_numbers: Option<HashMap<ObjectId, u32>>,
    result: ChangesAfterSigning,
}

impl<'a> Analysis<'a> {
    fn run(&mut self) {
        for (id, object) in &self.current.objects {
            match self.signed.objects.get(id) {
                Some(signed) if same_object(signed, object) => {}
                _ => {
                    self.changed.insert(*id);
                }
            }
        }
        for id in self.signed.objects.keys() {
            if !self.current.objects.contains_key(id) {
                self.disallow(Bilingual::message(
                    "verify-changeObjectRemoved",
                    &[("object", id.0.to_string().into())],
                ));
            }
        }
        if !self.check_trailer() {
            return;
        }
        // Object and cross-reference streams are containers; the objects in them are checked
        // one by one.
        for id in &self.changed {
            if !self.signed.objects.contains_key(id)
                && let Ok(dictionary) = self.current_dictionary(*id)
                && (has_type(dictionary, b"ObjStm") || has_type(dictionary, b"XRef"))
            {
                self.explained.insert(*id);
            }
        }
        self.check_info();
        self.check_catalog();
        self.check_form();
        self.check_pages();
        self.report_unexplained();
        self.check_dangling_references();
        let extra = self
            .result
            .disallowed
            .len()
            .saturating_sub(MAX_LISTED_CHANGES);
        if extra > 0 {
            self.result.disallowed.truncate(MAX_LISTED_CHANGES);
            self.disallow(Bilingual::message(
                "verify-changeMore",
                &[("count", extra.into())],
            ));
        }
    }

    /// The trailer's /Root must stay: a new catalog is a new document under the old signature.
    fn check_trailer(&mut self) -> bool {
        let root = |document: &Document| document.trailer.get(b"Root").ok().cloned();
        if root(self.signed) != root(self.current) {
            self.disallow(Bilingual::message("verify-changeCatalogReplaced", &[]));
            return false;
        }
        if self.current.trailer.has(b"Encrypt") && !self.signed.trailer.has(b"Encrypt") {
            self.disallow(Bilingual::message("verify-changeEncrypted", &[]));
        }
        true
    }

    /// Document metadata may change, except what Gavel prints and checks: the meeting id and the
    /// log fingerprint, and the meeting an agenda is of (added, it would make minutes an agenda;
    /// removed or changed, an agenda something else).
    fn check_info(&mut self) {
        let info = |document: &'_ Document| -> Option<(Option<ObjectId>, Dictionary)> {
            let (id, object) = document
                .dereference(document.trailer.get(b"Info").ok()?)
                .ok()?;
            Some((id, object.as_dict().ok()?.clone()))
        };
        let (signed, current) = (info(self.signed), info(self.current));
        let Some((current_id, current_info)) = current else {
            return;
        };
        let changed = current_id.is_some_and(|id| self.changed.contains(&id))
            || signed.as_ref().map(|(_, info)| info) != Some(&current_info);
        if !changed {
            return;
        }
        let gavel_value = |info: Option<&Dictionary>, key: &str| {
            info.and_then(|info| info.get(key.as_bytes()).ok()).cloned()
        };
        let signed_info = signed.as_ref().map(|(_, info)| info);
        let gavel_keys_kept = [
            INFO_MEETING_ID,
            INFO_LOG_FINGERPRINT,
            INFO_AGENDA_OF_MEETING,
        ]
        .iter()
        .all(|key| gavel_value(signed_info, key) == gavel_value(Some(&current_info), key));
        let holds_references = current_info
            .iter()
            .any(|(_, value)| matches!(value, Object::Reference(_)));
        if let Some(id) = current_id {
            // Allowed or reported here: either way accounted for.
            self.explained.insert(id);
        }
        if !gavel_keys_kept {
            self.disallow(Bilingual::message(
                "verify-changeMeetingIdOrFingerprint",
                &[],
            ));
        } else if holds_references {
            self.disallow(Bilingual::message("verify-changeInfoRefersToObjects", &[]));
        } else {
            self.allow(Bilingual::message("verify-changeInfoUpdated", &[]));
        }
    }

    /// The catalog may gain or change only its form, its DSS and its XMP metadata.
    fn check_catalog(&mut self) {
        let Some((root_id, signed_catalog, current_catalog)) = self.catalogs() else {
            return;
        };
        if self.changed.contains(&root_id) {
            let differing = differing_keys(
                &signed_catalog,
                &current_catalog,
                &[
                    b"AcroForm",
                    b"DSS",
                    b"Metadata",
                    b"Extensions",
                    b"Version",
                    b"MarkInfo",
                ],
            );
            // What a signer may declare about the file (the PAdES extension level pyHanko and
            // Adobe add, a newer version, tagged-PDF marks) as plain values: nothing they refer
            // to can draw.
            for key in [b"Extensions".as_slice(), b"Version", b"MarkInfo"] {
                let signed_value = signed_catalog.get(key).ok();
                let current_value = current_catalog.get(key).ok();
                if signed_value != current_value
                    && current_value.is_some_and(|value| {
                        let mut references = BTreeSet::new();
                        collect_references(value, &mut references);
                        !references.is_empty()
                    })
                {
                    self.disallow(Bilingual::message(
                        "verify-changeCatalogEntryRefersToObjects",
                        &[("key", String::from_utf8_lossy(key).into_owned().into())],
                    ));
                }
            }
            self.explained.insert(root_id);
            for key in differing {
                let change = match key.as_str() {
                    "Pages" => Bilingual::message("verify-changePageTreeReplaced", &[]),
                    "OpenAction" | "AA" | "Names" => {
                        Bilingual::message("verify-changeCatalogActions", &[("key", key.into())])
                    }
                    _ => Bilingual::message("verify-changeCatalog", &[("key", key.into())]),
                };
                self.disallow(change);
            }
        }
        if let Ok(metadata) = current_catalog.get(b"Metadata") {
            let new_metadata = self.new_or_changed_reachable(metadata, &[]);
            if !new_metadata.is_empty() {
                self.explained.extend(new_metadata);
                self.allow(Bilingual::message("verify-changeXmpMetadataUpdated", &[]));
            }
        }
        self.check_document_security_store(&signed_catalog, &current_catalog);
    }

    /// A DSS holds validation data (certificates, CRLs, OCSP responses) and nothing that draws.
    fn check_document_security_store(
        &mut self,
        signed_catalog: &Dictionary,
        current_catalog: &Dictionary,
    ) {
        let Ok(store) = current_catalog.get(b"DSS") else {
            return;
        };
        let Some(dictionary) = self
            .current
            .dereference(store)
            .ok()
            .and_then(|(_, object)| object.as_dict().ok())
        else {
            self.disallow(Bilingual::message(
                "verify-changeSecurityStoreNotDictionary",
                &[],
            ));
            return;
        };
        let unexpected: Vec<String> = dictionary
            .iter()
            .map(|(key, _)| String::from_utf8_lossy(key).into_owned())
            .filter(|key| !matches!(key.as_str(), "Type" | "VRI" | "Certs" | "CRLs" | "OCSPs"))
            .collect();
        if !unexpected.is_empty() {
            self.disallow(Bilingual::message(
                "verify-changeSecurityStoreUnexpectedKeys",
                &[("keys", unexpected.join(", /").into())],
            ));
            return;
        }
        // New objects under the DSS, and objects that were already part of the signed DSS.
        let mut explained = self.new_or_changed_reachable(store, &[]);
        explained.retain(|id| !self.signed.objects.contains_key(id));
        if let Ok(signed_store) = signed_catalog.get(b"DSS") {
            let signed_part = reachable(self.signed, signed_store, &[]);
            explained.extend(
                self.changed
                    .iter()
                    .filter(|id| signed_part.contains(id))
                    .copied(),
            );
        }
        if let Ok(Object::Reference(id)) = current_catalog.get(b"DSS") {
            explained.insert(*id);
        }
        self.explained.extend(explained);
        self.allow(Bilingual::message("verify-changeValidationDataAdded", &[]));
    }

    /// The form may gain signature fields and have its empty signature boxes filled.
    fn check_form(&mut self) {
        let Some((_, signed_catalog, current_catalog)) = self.catalogs() else {
            return;
        };
        let signed_form = self.form(self.signed, &signed_catalog);
        let current_form = self.form(self.current, &current_catalog);
        let Some((current_form_id, current_form)) = current_form else {
            if signed_form.is_some() {
                self.disallow(Bilingual::message("verify-changeFormRemoved", &[]));
            }
            return;
        };
        let signed_form_dictionary = signed_form
            .as_ref()
            .map(|(_, form)| form.clone())
            .unwrap_or_default();
        let differing = differing_keys(
            &signed_form_dictionary,
            &current_form,
            &[b"Fields", b"SigFlags", b"DR", b"DA"],
        );
        for key in &differing {
            self.disallow(Bilingual::message(
                "verify-changeFormEntry",
                &[("key", key.into())],
            ));
        }
        if differing.is_empty()
            && let Some(id) = current_form_id
        {
            self.explained.insert(id);
        }
        if let Ok(Object::Reference(id)) = current_form.get(b"Fields") {
            // The /Fields array as an object of its own; its entries are checked below.
            self.explained.insert(*id);
        }
        // Fonts for the default appearance of new signature fields: new objects only.
        if let Ok(resources) = current_form.get(b"DR") {
            let mut new_resources = self.new_or_changed_reachable(resources, &[]);
            new_resources.retain(|id| !self.signed.objects.contains_key(id));
            self.explained.extend(new_resources);
        }

        let signed_fields = signed_form
            .map(|(_, form)| field_tree(self.signed, &form))
            .unwrap_or_default();
        let current_fields = field_tree(self.current, &current_form);
        for (id, name) in &signed_fields {
            if !current_fields.contains_key(id) {
                self.disallow(Bilingual::message(
                    "verify-changeFormFieldRemoved",
                    &[("field", name.into())],
                ));
            }
        }
        for (id, name) in &current_fields {
            if let Some(signed_name) = signed_fields.get(id) {
                if self.changed.contains(id) {
                    self.check_changed_field(*id, signed_name);
                }
            } else {
                self.check_new_field(*id, name);
            }
        }
    }

    /// A field that was in the signed document: only an empty signature box may change, and only
    /// by being signed (its /V and /AP).
    fn check_changed_field(&mut self, id: ObjectId, name: &str) {
        // Allowed or reported here: either way accounted for.
        self.explained.insert(id);
        let (Some(signed), Ok(current)) = (
            self.signed
                .objects
                .get(&id)
                .and_then(|object| object.as_dict().ok()),
            self.current_dictionary(id),
        ) else {
            return;
        };
        if !is_signature_field(signed) {
            self.disallow(Bilingual::message(
                "verify-changeFormFieldChanged",
                &[("field", name.into())],
            ));
            return;
        }
        if signed.has(b"V") {
            self.disallow(Bilingual::message(
                "verify-changeSignedFieldChanged",
                &[("field", name.into())],
            ));
            return;
        }
        // The keys signing a box changes (pyHanko's VALUE_UPDATE_KEYS): its value, appearance
        // and appearance state, flags and default appearance.
        let differing = differing_keys(
            signed,
            current,
            &[b"V", b"AP", b"AS", b"F", b"DA", b"Ff", b"Type"],
        );
        if !differing.is_empty() || !current.has(b"V") {
            let keys = if differing.is_empty() {
                "AP".to_owned()
            } else {
                differing.join(", /")
            };
            self.disallow(Bilingual::message(
                "verify-changeEmptySignatureFieldChanged",
                &[("field", name.into()), ("keys", keys.into())],
            ));
            return;
        }
        let Some(number) = self.signature_value(current, name) else {
            return;
        };
        self.explained.insert(id);
        self.explain_new_parts(current);
        self.new_widgets.insert(id);
        self.allow(Bilingual::message(
            "verify-changeSignatureFieldSigned",
            &[
                ("field", name.into()),
                ("signature", number.to_string().into()),
            ],
        ));
    }

    /// A field that is new: it must be a signature field without actions, signed or empty.
    fn check_new_field(&mut self, id: ObjectId, name: &str) {
        // Allowed or reported here: either way accounted for.
        self.explained.insert(id);
        let Ok(field) = self.current_dictionary(id) else {
            return;
        };
        if !is_signature_field(field) {
            self.disallow(Bilingual::message(
                "verify-changeFieldThatIsNotSignatureAdded",
                &[("field", name.into())],
            ));
            return;
        }
        let widgets = self.widgets_of(id, field);
        for widget in &widgets {
            let Ok(dictionary) = self.current_dictionary(*widget) else {
                continue;
            };
            if dictionary.has(b"AA") || dictionary.has(b"A") {
                self.disallow(Bilingual::message(
                    "verify-changeNewSignatureFieldHasActions",
                    &[("field", name.into())],
                ));
                return;
            }
        }
        let signature = if field.has(b"V") {
            match self.signature_value(field, name) {
                Some(number) => Some(number),
                None => return,
            }
        } else {
            None
        };
        self.explained.insert(id);
        self.explain_new_parts(field);
        for widget in &widgets {
            if !self.signed.objects.contains_key(widget) {
                self.explained.insert(*widget);
                if let Ok(dictionary) = self.current_dictionary(*widget) {
                    self.explain_new_parts(dictionary);
                }
            }
            self.new_widgets.insert(*widget);
        }
        let [visibility, page] = self.where_shown(&widgets).arguments();
        let addition = match signature {
            Some(number) => Bilingual::message(
                "verify-changeSignatureFieldAddedAndSigned",
                &[
                    ("field", name.into()),
                    ("signature", number.to_string().into()),
                    visibility,
                    page,
                ],
            ),
            None => Bilingual::message(
                "verify-changeEmptySignatureFieldAdded",
                &[("field", name.into()), visibility, page],
            ),
        };
        self.allow(addition);
    }

    /// The number of the signature a field's /V holds, when /V is a new signature dictionary of
    /// this file; otherwise the change is reported and `None` returned.
    fn signature_value(&mut self, field: &Dictionary, name: &str) -> Option<usize> {
        let value = match field.get(b"V") {
            Ok(Object::Reference(id)) => *id,
            _ => {
                self.disallow(Bilingual::message(
                    "verify-changeSignatureFieldValueNotSignature",
                    &[("field", name.into())],
                ));
                return None;
            }
        };
        if self.signed.objects.contains_key(&value) {
            self.disallow(Bilingual::message(
                "verify-changeSignatureFieldPointsAtSignedObject",
                &[
                    ("field", name.into()),
                    ("object", value.0.to_string().into()),
                ],
            ));
            return None;
        }
        match self.signatures.get(&value) {
            Some(number) => Some(*number),
            None => {
                self.disallow(Bilingual::message(
                    "verify-changeSignatureFieldValueNotSignature",
                    &[("field", name.into())],
                ));
                None
            }
        }
    }

    /// Explains the new objects a new or newly signed field brings: its appearance, its
    /// signature dictionary, its widgets. Objects of the signed document are never explained by
    /// this: a field's appearance may use them, not change them.
    fn explain_new_parts(&mut self, field: &Dictionary) {
        let parts = reachable_from_dictionary(self.current, field, &[b"P", b"Parent"]);
        self.explained.extend(
            parts
                .into_iter()
                .filter(|id| !self.signed.objects.contains_key(id)),
        );
    }

    /// A field's widget annotations: the field itself when it is one, and its /Kids without a
    /// name of their own.
    fn widgets_of(&self, id: ObjectId, field: &Dictionary) -> Vec<ObjectId> {
        let mut widgets = Vec::new();
        if field.has(b"Rect") || has_name(field, b"Subtype", b"Widget") {
            widgets.push(id);
        }
        if let Ok(kids) = field.get(b"Kids")
            && let Ok((_, kids)) = self.current.dereference(kids)
            && let Ok(kids) = kids.as_array()
        {
            for kid in kids {
                if let Ok(kid_id) = kid.as_reference()
                    && let Ok(dictionary) = self.current_dictionary(kid_id)
                    && !dictionary.has(b"T")
                {
                    widgets.push(kid_id);
                }
            }
        }
        widgets
    }

    /// Where a new signature field shows: invisible, or visible on page 3.
    fn where_shown(&mut self, widgets: &[ObjectId]) -> Placement {
        let current = self.current;
        let pages = self.page_numbers.get_or_insert_with(|| {
            current
                .get_pages()
                .into_iter()
                .map(|(number, id)| (id, number))
                .collect()
        });
        for widget in widgets {
            let Some(dictionary) = current
                .objects
                .get(widget)
                .and_then(|object| object.as_dict().ok())
            else {
                continue;
            };
            if rect_area(current, dictionary) > 0.0 {
                let page = dictionary
                    .get(b"P")
                    .and_then(Object::as_reference)
                    .ok()
                    .and_then(|page| pages.get(&page));
                return match page {
                    Some(page) => Placement::OnPage(*page),
                    None => Placement::Visible,
                };
            }
        }
        Placement::Invisible
    }

    /// Pages may change only by gaining widgets of new signatures in their /Annots.
    fn check_pages(&mut self) {
        for (number, page_id) in self.current.get_pages() {
            let Ok(current_page) = self.current_dictionary(page_id) else {
                continue;
            };
            let Some(signed_page) = self
                .signed
                .objects
                .get(&page_id)
                .and_then(|object| object.as_dict().ok())
            else {
                self.disallow(Bilingual::message(
                    "verify-changePageAdded",
                    &[("page", number.to_string().into())],
                ));
                continue;
            };
            let annotations_id = match current_page.get(b"Annots") {
                Ok(Object::Reference(id)) => Some(*id),
                _ => None,
            };
            let page_changed = self.changed.contains(&page_id);
            let annotations_changed = annotations_id.is_some_and(|id| self.changed.contains(&id));
            if !page_changed && !annotations_changed {
                continue;
            }
            let page = || -> (&str, Argument<'_>) { ("page", number.to_string().into()) };
            for key in differing_keys(signed_page, current_page, &[b"Annots"]) {
                let change = match key.as_str() {
                    "Contents" => Bilingual::message("verify-changePageContentReplaced", &[page()]),
                    "Resources" => {
                        Bilingual::message("verify-changePageResourcesReplaced", &[page()])
                    }
                    _ => Bilingual::message("verify-changePage", &[page(), ("key", key.into())]),
                };
                self.disallow(change);
            }
            let signed_annotations = annotation_list(self.signed, signed_page);
            let current_annotations = annotation_list(self.current, current_page);
            for annotation in &signed_annotations {
                if !current_annotations.contains(annotation) {
                    self.disallow(Bilingual::message(
                        "verify-changeAnnotationRemoved",
                        &[page()],
                    ));
                }
            }
            for annotation in &current_annotations {
                if signed_annotations.contains(annotation) {
                    continue;
                }
                let is_new_widget = annotation
                    .as_reference()
                    .is_ok_and(|id| self.new_widgets.contains(&id));
                if !is_new_widget {
                    let kind = self
                        .current
                        .dereference(annotation)
                        .ok()
                        .and_then(|(_, object)| object.as_dict().ok())
                        .and_then(|dictionary| dictionary.get(b"Subtype").ok())
                        .and_then(|subtype| subtype.as_name().ok())
                        .map(|name| String::from_utf8_lossy(name).into_owned())
                        .unwrap_or_else(|| "?".to_owned());
                    self.disallow(Bilingual::message(
                        "verify-changeAnnotationAdded",
                        &[page(), ("annotationType", kind.into())],
                    ));
                }
            }
            // Allowed, or reported above by page number: either way accounted for.
            if let Some(id) = annotations_id {
                self.explained.insert(id);
            }
            self.explained.insert(page_id);
        }
        let tree_changed = self.changed.iter().any(|id| {
            self.current_dictionary(*id)
                .is_ok_and(|dictionary| has_type(dictionary, b"Pages"))
        });
        if tree_changed {
            self.disallow(Bilingual::message("verify-changePageTree", &[]));
        }
    }

    /// Every changed object no rule explains, named by the page that uses it where one does.
    fn report_unexplained(&mut self) {
        let unexplained: Vec<ObjectId> = self
            .changed
            .iter()
            .filter(|id| !self.explained.contains(id))
            .copied()
            .collect();
        if unexplained.is_empty() {
            return;
        }
        let usage = PageUsage::of(self.current);
        for id in unexplained {
            // The catalogue chooses the word by this keyword ("changed" or "added").
            let change = if self.signed.objects.contains_key(&id) {
                "changed"
            } else {
                "added"
            };
            let object = || -> (&str, Argument<'_>) { ("object", id.0.to_string().into()) };
            let object_kind =
                || -> (&str, Argument<'_>) { ("objectKind", self.kind_of(id).into()) };
            let text = match usage.of_object(id) {
                Some((page, true)) => Bilingual::message(
                    "verify-changePageContentStream",
                    &[
                        ("page", page.to_string().into()),
                        object(),
                        ("change", change.into()),
                    ],
                ),
                Some((page, false)) => Bilingual::message(
                    "verify-changeObjectOfPage",
                    &[
                        ("page", page.to_string().into()),
                        object(),
                        object_kind(),
                        ("change", change.into()),
                    ],
                ),
                None => Bilingual::message(
                    "verify-changeObject",
                    &[object(), object_kind(), ("change", change.into())],
                ),
            };
            self.disallow(text);
        }
    }

    /// An object the signed document referred to without defining it reads as null there;
    /// defining it afterwards changes the signed document's meaning without touching its bytes.
    fn check_dangling_references(&mut self) {
        let added: BTreeSet<ObjectId> = self
            .changed
            .iter()
            .filter(|id| !self.signed.objects.contains_key(id))
            .copied()
            .collect();
        if added.is_empty() {
            return;
        }
        let mut referenced = BTreeSet::new();
        for object in self.signed.objects.values() {
            collect_references(object, &mut referenced);
        }
        for id in added.intersection(&referenced) {
            self.disallow(Bilingual::message(
                "verify-changeDanglingReferenceDefined",
                &[("object", id.0.to_string().into())],
            ));
        }
    }

    /// "a /Font", "a stream", "a dictionary" …
    fn kind_of(&self, id: ObjectId) -> String {
        match self.current.objects.get(&id) {
            Some(Object::Stream(stream)) => match type_name(&stream.dict) {
                Some(name) => format!("/{name}"),
                None => "stream".to_owned(),
            },
            Some(Object::Dictionary(dictionary)) => match type_name(dictionary) {
                Some(name) => format!("/{name}"),
                None => "dictionary".to_owned(),
            },
            Some(Object::Array(_)) => "array".to_owned(),
            Some(_) => "value".to_owned(),
            None => "removed".to_owned(),
        }
    }

    fn catalogs(&self) -> Option<(ObjectId, Dictionary, Dictionary)> {
        let root = self
            .current
            .trailer
            .get(b"Root")
            .ok()?
            .as_reference()
            .ok()?;
        let signed = self.signed.get_dictionary(root).ok()?.clone();
        let current = self.current.get_dictionary(root).ok()?.clone();
        Some((root, signed, current))
    }

    fn form(
        &self,
        document: &Document,
        catalog: &Dictionary,
    ) -> Option<(Option<ObjectId>, Dictionary)> {
        let (id, form) = document.dereference(catalog.get(b"AcroForm").ok()?).ok()?;
        Some((id, form.as_dict().ok()?.clone()))
    }

    fn current_dictionary(&self, id: ObjectId) -> lopdf::Result<&'a Dictionary> {
        self.current
            .objects
            .get(&id)
            .ok_or(lopdf::Error::ObjectNotFound(id))?
            .as_dict()
    }

    /// The objects reachable from `start` in the current document that are new or changed.
    fn new_or_changed_reachable(&self, start: &Object, skip: &[&[u8]]) -> BTreeSet<ObjectId> {
        let mut ids = reachable(self.current, start, skip);
        ids.retain(|id| self.changed.contains(id));
        ids
    }

    /// Records what signing may add and was added, once.
    fn allow(&mut self, text: Bilingual) {
        if !self.result.allowed.contains(&text) {
            self.result.allowed.push(text);
        }
    }

    /// Records what nothing may change after a signature and was changed, once.
    fn disallow(&mut self, text: Bilingual) {
        if !self.result.disallowed.contains(&text) {
            self.result.disallowed.push(text);
        }
    }
}

/// Where a new signature field's widget shows.
enum Placement {
    OnPage(u32),
    /// Visible, on a page the widget does not name.
    Visible,
    Invisible,
}

impl Placement {
    /// The arguments the catalogue's messages about a new field take: the keyword their
    /// `$visibility` selects on, and the page (empty when there is none).
    fn arguments(&self) -> [(&'static str, Argument<'static>); 2] {
        let (visibility, page) = match self {
            Placement::OnPage(page) => ("onPage", page.to_string()),
            Placement::Visible => ("visible", String::new()),
            Placement::Invisible => ("invisible", String::new()),
        };
        [("visibility", visibility.into()), ("page", page.into())]
    }
}

/// Which page uses which object: its content streams, and what its resources and annotations
/// reach. Built only when something unexplained needs naming.
struct PageUsage {
    /// Object → (page number, is one of its content streams); the first page that uses it.
    used_by: HashMap<ObjectId, (u32, bool)>,
}

impl PageUsage {
    fn of(document: &Document) -> PageUsage {
        let mut used_by = HashMap::new();
        // One walk over the whole document: an object shared by pages (a font) belongs to the
        // first, and a later page's walk stops there, so that a crafted page tree cannot make
        // this quadratic.
        let mut seen = BTreeSet::new();
        for (number, page_id) in document.get_pages() {
            for content in document.get_page_contents(page_id) {
                used_by.entry(content).or_insert((number, true));
            }
            if let Ok(page) = document.get_object(page_id) {
                for id in reachable_into(document, page, &[b"Parent", b"P"], &mut seen) {
                    used_by.entry(id).or_insert((number, false));
                }
            }
            used_by.entry(page_id).or_insert((number, false));
        }
        PageUsage { used_by }
    }

    fn of_object(&self, id: ObjectId) -> Option<(u32, bool)> {
        self.used_by.get(&id).copied()
    }
}

/// Equal as PDF objects; a stream's position in the file does not count (an object written again
/// unchanged in a later revision is the same object).
fn same_object(signed: &Object, current: &Object) -> bool {
    same_value(signed, current)
}

/// Equal as PDF values: strings byte for byte (whether written literally or in hex), arrays and
/// dictionaries value by value. One exception, for another tool that writes a dictionary again
/// (pyHanko, filling a signature field, writes Gavel's UTF-16 "/TU <FEFF…>" as PDFDocEncoding
/// "(Underskrift\072 …)"): the value of a key that holds a text string ([`TEXT_STRING_KEYS`]) is
/// the same when both strings decode strictly ([`strict_text`]) to the same text. Any other
/// string — a signature's /Contents, an /ID, a /URI, a form value — must keep its bytes.
fn same_value(signed: &Object, current: &Object) -> bool {
    match (signed, current) {
        (Object::Array(signed), Object::Array(current)) => {
            signed.len() == current.len()
                && signed
                    .iter()
                    .zip(current)
                    .all(|(signed, current)| same_value(signed, current))
        }
        (Object::Dictionary(signed), Object::Dictionary(current)) => {
            same_dictionary(signed, current)
        }
        (Object::Stream(signed), Object::Stream(current)) => {
            same_dictionary(&signed.dict, &current.dict) && signed.content == current.content
        }
        (Object::String(signed, _), Object::String(current, _)) => signed == current,
        _ => signed == current,
    }
}

/// The keys of the fields and signatures that hold text strings (PDF 32000 §12.7.3.1, §12.8.1),
/// which a tool may write again in the other encoding.
const TEXT_STRING_KEYS: &[&[u8]] = &[
    b"T",
    b"TU",
    b"TM",
    b"Reason",
    b"Location",
    b"Name",
    b"ContactInfo",
];

/// The value of `key` is the same in both dictionaries.
fn same_entry(key: &[u8], signed: &Object, current: &Object) -> bool {
    match (signed, current) {
        (Object::String(signed_bytes, _), Object::String(current_bytes, _))
            if TEXT_STRING_KEYS.contains(&key) =>
        {
            signed_bytes == current_bytes
                || matches!(
                    (strict_text(signed_bytes), strict_text(current_bytes)),
                    (Some(signed_text), Some(current_text)) if signed_text == current_text
                )
        }
        _ => same_value(signed, current),
    }
}

/// A PDF text string's text, only when every byte means a character: UTF-16BE after its byte
/// order mark (an even number of bytes, no lone surrogate), or PDFDocEncoding without the bytes
/// it leaves undefined. Each encoding maps distinct texts to distinct bytes, so equal texts mean
/// nothing changed but the encoding. (`lopdf::decode_text_string` drops undefined bytes, which
/// would let one be added or removed unseen.)
fn strict_text(bytes: &[u8]) -> Option<String> {
    if let Some(utf16) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        if utf16.len() % 2 != 0 {
            return None;
        }
        let units = utf16
            .chunks_exact(2)
            .map(|pair| u16::from_be_bytes([pair[0], pair[1]]));
        return char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .ok();
    }
    bytes.iter().map(|byte| pdf_doc_character(*byte)).collect()
}

/// PDFDocEncoding (PDF 32000, Annex D.2): `None` for the bytes it leaves undefined.
fn pdf_doc_character(byte: u8) -> Option<char> {
    const FROM_0X18: [char; 8] = ['˘', 'ˇ', 'ˆ', '˙', '˝', '˛', '˚', '˜'];
    const FROM_0X80: [char; 33] = [
        '•', '†', '‡', '…', '—', '–', 'ƒ', '⁄', '‹', '›', '−', '‰', '„', '“', '”', '‘', '’', '‚',
        '™', 'ﬁ', 'ﬂ', 'Ł', 'Œ', 'Š', 'Ÿ', 'Ž', 'ı', 'ł', 'œ', 'š', 'ž', '\0', '€',
    ];
    match byte {
        b'\t' | b'\n' | b'\r' | 0x20..=0x7E => Some(char::from(byte)),
        0x18..=0x1F => Some(FROM_0X18[usize::from(byte - 0x18)]),
        0x9F => None,
        0x80..=0xA0 => Some(FROM_0X80[usize::from(byte - 0x80)]),
        0xAD => None,
        0xA1..=0xFF => Some(char::from(byte)),
        _ => None,
    }
}

fn same_dictionary(signed: &Dictionary, current: &Dictionary) -> bool {
    signed.len() == current.len()
        && signed.iter().all(|(key, signed)| {
            current
                .get(key)
                .is_ok_and(|current| same_entry(key, signed, current))
        })
}

/// The keys whose values differ between two dictionaries, leaving out `ignored`.
fn differing_keys(signed: &Dictionary, current: &Dictionary, ignored: &[&[u8]]) -> Vec<String> {
    let mut keys: BTreeSet<&[u8]> = signed.iter().map(|(key, _)| key.as_slice()).collect();
    keys.extend(current.iter().map(|(key, _)| key.as_slice()));
    keys.into_iter()
        .filter(|key| !ignored.contains(key))
        .filter(|key| match (signed.get(key), current.get(key)) {
            (Ok(signed), Ok(current)) => !same_entry(key, signed, current),
            (signed, current) => signed.is_ok() || current.is_ok(),
        })
        .map(|key| String::from_utf8_lossy(key).into_owned())
        .collect()
}

/// Every field of a form with its full name ("chair-1", "group.sub"), by object id. Widgets
/// without a name of their own are not fields.
fn field_tree(document: &Document, form: &Dictionary) -> BTreeMap<ObjectId, String> {
    let mut fields = BTreeMap::new();
    let Some(top) = form
        .get(b"Fields")
        .ok()
        .and_then(|fields| document.dereference(fields).ok())
        .and_then(|(_, fields)| fields.as_array().ok())
    else {
        return fields;
    };
    let mut stack: Vec<(&Object, String, usize)> =
        top.iter().map(|field| (field, String::new(), 0)).collect();
    while let Some((field, parent_name, depth)) = stack.pop() {
        let Ok(id) = field.as_reference() else {
            continue;
        };
        if depth > MAX_FIELD_DEPTH || fields.contains_key(&id) {
            continue;
        }
        let Ok(dictionary) = document.get_dictionary(id) else {
            continue;
        };
        let partial = dictionary
            .get(b"T")
            .ok()
            .and_then(|name| lopdf::decode_text_string(name).ok());
        if partial.is_none() && depth > 0 {
            continue;
        }
        let name = match (parent_name.is_empty(), partial) {
            (true, Some(partial)) => partial,
            (false, Some(partial)) => format!("{parent_name}.{partial}"),
            (_, None) => format!("(object {})", id.0),
        };
        if let Ok(kids) = dictionary.get(b"Kids")
            && let Ok((_, kids)) = document.dereference(kids)
            && let Ok(kids) = kids.as_array()
        {
            stack.extend(kids.iter().map(|kid| (kid, name.clone(), depth + 1)));
        }
        fields.insert(id, name);
    }
    fields
}

fn annotation_list(document: &Document, page: &Dictionary) -> Vec<Object> {
    page.get(b"Annots")
        .ok()
        .and_then(|annotations| document.dereference(annotations).ok())
        .and_then(|(_, annotations)| annotations.as_array().ok())
        .cloned()
        .unwrap_or_default()
}

/// Every object reachable from `start` by references, not following the keys in `skip`
/// (/Parent and /P lead up into the page tree, which would make everything reachable).
fn reachable(document: &Document, start: &Object, skip: &[&[u8]]) -> BTreeSet<ObjectId> {
    let mut seen = BTreeSet::new();
    reachable_into(document, start, skip, &mut seen);
    seen
}

/// [`reachable`], adding to `seen` and not walking past what it already holds; returns what it
/// added.
fn reachable_into(
    document: &Document,
    start: &Object,
    skip: &[&[u8]],
    seen: &mut BTreeSet<ObjectId>,
) -> Vec<ObjectId> {
    let mut added = Vec::new();
    let mut stack: Vec<&Object> = vec![start];
    while let Some(object) = stack.pop() {
        match object {
            Object::Reference(id) => {
                if seen.insert(*id)
                    && let Some(target) = document.objects.get(id)
                {
                    added.push(*id);
                    stack.push(target);
                }
            }
            Object::Array(items) => stack.extend(items.iter()),
            Object::Dictionary(dictionary) => stack.extend(
                dictionary
                    .iter()
                    .filter(|(key, _)| !skip.contains(&key.as_slice()))
                    .map(|(_, value)| value),
            ),
            Object::Stream(stream) => stack.extend(
                stream
                    .dict
                    .iter()
                    .filter(|(key, _)| !skip.contains(&key.as_slice()))
                    .map(|(_, value)| value),
            ),
            _ => {}
        }
    }
    added
}

fn reachable_from_dictionary(
    document: &Document,
    dictionary: &Dictionary,
    skip: &[&[u8]],
) -> BTreeSet<ObjectId> {
    let mut seen = BTreeSet::new();
    for (key, value) in dictionary.iter() {
        if !skip.contains(&key.as_slice()) {
            seen.extend(reachable(document, value, skip));
        }
    }
    seen
}

/// The ids `object` refers to directly (not following the references).
fn collect_references(object: &Object, into: &mut BTreeSet<ObjectId>) {
    let mut stack = vec![object];
    while let Some(object) = stack.pop() {
        match object {
            Object::Reference(id) => {
                into.insert(*id);
            }
            Object::Array(items) => stack.extend(items.iter()),
            Object::Dictionary(dictionary) => stack.extend(dictionary.iter().map(|(_, v)| v)),
            Object::Stream(stream) => stack.extend(stream.dict.iter().map(|(_, v)| v)),
            _ => {}
        }
    }
}

fn is_signature_field(dictionary: &Dictionary) -> bool {
    has_name(dictionary, b"FT", b"Sig")
}

fn has_type(dictionary: &Dictionary, name: &[u8]) -> bool {
    has_name(dictionary, b"Type", name)
}

fn has_name(dictionary: &Dictionary, key: &[u8], name: &[u8]) -> bool {
    matches!(dictionary.get(key), Ok(Object::Name(value)) if value == name)
}

fn type_name(dictionary: &Dictionary) -> Option<String> {
    let name = dictionary
        .get(b"Type")
        .or_else(|_| dictionary.get(b"Subtype"))
        .ok()?
        .as_name()
        .ok()?;
    Some(String::from_utf8_lossy(name).into_owned())
}

/// The area of an annotation's /Rect; 0 for none or a malformed one.
fn rect_area(document: &Document, annotation: &Dictionary) -> f32 {
    let Some(values) = annotation
        .get(b"Rect")
        .ok()
        .and_then(|rect| document.dereference(rect).ok())
        .and_then(|(_, rect)| rect.as_array().ok())
    else {
        return 0.0;
    };
    let numbers: Vec<f32> = values
        .iter()
        .filter_map(|value| {
            value
                .as_float()
                .ok()
                .or_else(|| value.as_i64().ok().map(|value| value as f32))
        })
        .collect();
    match numbers.as_slice() {
        [x1, y1, x2, y2] => ((x2 - x1) * (y2 - y1)).abs(),
        _ => 0.0,
    }
}

#[cfg(test)]
mod tests;
