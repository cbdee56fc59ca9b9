//! The tagged PDF's logical structure (ISO 32000-1 §14.7 and §14.8, as PDF/UA-1 asks for it),
//! built while the pages are drawn and written after them: a `Document` element whose kids are,
//! in reading order, the headings (H1 the title, H2 the sections, H3 the agenda items),
//! paragraphs, lists (L → LI → Lbl, LBody), tables (Table → TR → TH or TD, every row with all
//! its cells, the header cells scoped to their column) and the signature fields (Form, with the
//! widget as an object reference). Also the parent tree, which leads from each marked-content
//! id of a page and each widget back to its element, and the bookmarks: one per section and
//! agenda item, nested as the headings are.
//!
//! The layout says what each line is ([`Tag`]); this module only groups: lines with the same
//! element id are one element, rows and items with the same group id one table or list. Lines
//! come in reading order — pagination moves them onto pages without reordering them — so the
//! element order is the order in which lines first show up. Within an element the content is
//! read cell by cell (a label, then its value), whatever order it was drawn in.

use crate::layout::{Role, Tag};

use super::numbers::write_number;
use super::pdf_file::{ObjectId, PdfFile, write_text_string};

/// Index into `StructureTree::elements`; 0 is the `Document` element.
type ElementIndex = usize;

pub struct StructureTree {
    elements: Vec<Element>,
    /// The element the last content line belonged to, with its layout id.
    current_element: Option<(u32, ElementIndex)>,
    /// The table or list the last row or item belonged to, with its layout id.
    current_group: Option<(u32, ElementIndex)>,
    /// Per page, the element each marked-content id (the index) belongs to.
    page_contents: Vec<Vec<ElementIndex>>,
    /// The Form element of each signature widget, in the order of their `/StructParent` keys,
    /// which follow the pages' keys.
    annotations: Vec<ElementIndex>,
}

struct Element {
    role: &'static str,
    parent: ElementIndex,
    kids: Vec<Kid>,
    object: ObjectId,
    /// The page of the element's first content: its `/Pg`.
    page: Option<usize>,
    /// Alternative text (a signature field's).
    alt: Option<String>,
    /// A section's or agenda item's heading: its text and where it is, for its bookmark.
    bookmark: Option<Bookmark>,
}

enum Kid {
    Element(ElementIndex),
    /// Marked content `mcid` of `page`; `cell` orders the content of a label-and-value row.
    Content {
        page: usize,
        mcid: u32,
        cell: u8,
    },
    /// A signature widget on `page`.
    Annotation {
        page: usize,
        object: ObjectId,
    },
}

struct Bookmark {
    level: u8,
    title: String,
    page: usize,
    top: f32,
}

/// The role a marked-content sequence is tagged with and its id on the page.
pub struct MarkedContent {
    pub role: &'static str,
    pub mcid: u32,
}

/// What [`StructureTree::write`] returns for the catalog.
pub struct WrittenStructure {
    pub tree_root: ObjectId,
    /// `None` when the document has no section heading.
    pub outlines: Option<ObjectId>,
}

/// The left edge a bookmark scrolls to: the page's left edge.
const BOOKMARK_LEFT: f64 = 0.0;

impl StructureTree {
    pub fn new(file: &mut PdfFile) -> StructureTree {
        StructureTree {
            elements: vec![Element::new("Document", 0, file.allocate())],
            current_element: None,
            current_group: None,
            page_contents: Vec::new(),
            annotations: Vec::new(),
        }
    }

    /// Starts the next page: its marked-content ids start at 0. Its `/StructParents` key is its
    /// index.
    pub fn begin_page(&mut self) {
        self.page_contents.push(Vec::new());
    }

    /// The element that the text of `cell` in a line tagged `tag` belongs to, made when it is
    /// new; `None` for an artifact. `top` is the line's top in PDF user space, where a heading's
    /// bookmark scrolls to.
    pub fn element_for(
        &mut self,
        file: &mut PdfFile,
        tag: &Tag,
        cell: u8,
        top: f32,
    ) -> Option<ElementIndex> {
        let page = self.page_contents.len().checked_sub(1)?;
        let element = match tag.role {
            Role::Artifact => return None,
            Role::Heading { level } => self.element(file, tag, |tree, file| {
                let index = tree.add(file, 0, heading_role(level));
                if level >= 2 {
                    tree.elements[index].bookmark = Some(Bookmark {
                        level,
                        title: String::new(),
                        page,
                        top,
                    });
                }
                index
            }),
            Role::Paragraph => self.element(file, tag, |tree, file| tree.add(file, 0, "P")),
            Role::ListItem => {
                let item = self.element(file, tag, |tree, file| {
                    let list = tree.group(file, tag, "L");
                    let item = tree.add(file, list, "LI");
                    tree.add(file, item, "Lbl");
                    tree.add(file, item, "LBody");
                    item
                });
                // The label is the item's first kid, the body its second.
                return self.kid_element(item, usize::from(cell.min(1)));
            }
            Role::TableRow { header, cells } => {
                let row = self.element(file, tag, |tree, file| {
                    let table = tree.group(file, tag, "Table");
                    let row = tree.add(file, table, "TR");
                    for _ in 0..cells {
                        tree.add(file, row, if header { "TH" } else { "TD" });
                    }
                    row
                });
                return self.kid_element(row, usize::from(cell));
            }
        };
        Some(element)
    }

    /// Records marked content on the current page for `element`, drawn with `cell`'s text, and
    /// returns how to tag it.
    pub fn add_content(&mut self, element: ElementIndex, cell: u8) -> MarkedContent {
        let page = self.page_contents.len() - 1;
        let contents = &mut self.page_contents[page];
        let mcid = u32::try_from(contents.len()).expect("fewer than 4 billion texts on a page");
        contents.push(element);
        let target = &mut self.elements[element];
        target.page.get_or_insert(page);
        target.kids.push(Kid::Content { page, mcid, cell });
        MarkedContent {
            role: target.role,
            mcid,
        }
    }

    /// Whether `cell` of `element` already has text: drawn on an earlier line, so that text
    /// continuing it on a new line needs the space the line break stands for.
    pub fn has_content(&self, element: ElementIndex, cell: u8) -> bool {
        self.elements[element]
            .kids
            .iter()
            .any(|kid| matches!(kid, Kid::Content { cell: kid_cell, .. } if *kid_cell == cell))
    }

    /// Notes text of `element` for its bookmark (a heading's words, a space between lines).
    pub fn add_text(&mut self, element: ElementIndex, text: &str, new_line: bool) {
        if let Some(bookmark) = &mut self.elements[element].bookmark {
            if new_line && !bookmark.title.is_empty() && !bookmark.title.ends_with(' ') {
                bookmark.title.push(' ');
            }
            bookmark.title.push_str(text);
        }
    }

    /// A signature widget on the current page: a Form element in reading order, with the
    /// field's description as its alternative text. Returns the widget's `/StructParent` key.
    pub fn add_annotation(
        &mut self,
        file: &mut PdfFile,
        widget: ObjectId,
        description: &str,
    ) -> usize {
        let page = self.page_contents.len().saturating_sub(1);
        let form = self.add(file, 0, "Form");
        let element = &mut self.elements[form];
        element.page = Some(page);
        element.alt = Some(description.to_owned());
        element.kids.push(Kid::Annotation {
            page,
            object: widget,
        });
        self.annotations.push(form);
        self.current_element = None;
        self.current_group = None;
        self.page_contents.len() + self.annotations.len() - 1
    }

    /// Writes the elements, the parent tree, the structure tree root and the bookmarks;
    /// `pages` are the page objects in order.
    pub fn write(mut self, file: &mut PdfFile, pages: &[ObjectId]) -> WrittenStructure {
        let tree_root = file.allocate();
        let mut out = Vec::new();
        for index in 0..self.elements.len() {
            // Stable: a row's cells keep their order, and so do lines within a cell.
            self.elements[index].kids.sort_by_key(|kid| match kid {
                Kid::Content { cell, .. } => *cell,
                Kid::Element(_) | Kid::Annotation { .. } => 0,
            });
            out.clear();
            let element = &self.elements[index];
            let parent = if index == 0 {
                tree_root
            } else {
                self.elements[element.parent].object
            };
            element.write(&mut out, parent, pages, &self.elements);
            file.object(element.object, |bytes| bytes.extend_from_slice(&out));
        }

        let parent_tree = file.allocate();
        file.object(parent_tree, |out| {
            out.extend_from_slice(b"<</Nums[");
            for (page, contents) in self.page_contents.iter().enumerate() {
                if page > 0 {
                    out.push(b' ');
                }
                write_number(out, page as f64, 0);
                out.push(b'[');
                for (index, element) in contents.iter().enumerate() {
                    if index > 0 {
                        out.push(b' ');
                    }
                    self.elements[*element].object.write_reference(out);
                }
                out.extend_from_slice(b"]");
            }
            for (index, form) in self.annotations.iter().enumerate() {
                out.push(b' ');
                write_number(out, (self.page_contents.len() + index) as f64, 0);
                out.push(b' ');
                self.elements[*form].object.write_reference(out);
            }
            out.extend_from_slice(b"]>>");
        });
        let next_key = self.page_contents.len() + self.annotations.len();
        let document = self.elements[0].object;
        file.object(tree_root, |out| {
            out.extend_from_slice(b"<</Type/StructTreeRoot/K ");
            document.write_reference(out);
            out.extend_from_slice(b"/ParentTree ");
            parent_tree.write_reference(out);
            out.extend_from_slice(b"/ParentTreeNextKey ");
            write_number(out, next_key as f64, 0);
            out.extend_from_slice(b">>");
        });
        let bookmarks: Vec<&Bookmark> = self
            .elements
            .iter()
            .filter_map(|element| element.bookmark.as_ref())
            .collect();
        WrittenStructure {
            tree_root,
            outlines: write_outlines(file, &bookmarks, pages),
        }
    }

    /// The element of the line's layout id, made by `make` when the id is new.
    fn element(
        &mut self,
        file: &mut PdfFile,
        tag: &Tag,
        make: impl FnOnce(&mut StructureTree, &mut PdfFile) -> ElementIndex,
    ) -> ElementIndex {
        match self.current_element {
            Some((id, index)) if id == tag.element => index,
            _ => {
                let index = make(self, file);
                self.current_element = Some((tag.element, index));
                index
            }
        }
    }

    /// The table or list of `tag`'s group, made when it is new.
    fn group(&mut self, file: &mut PdfFile, tag: &Tag, role: &'static str) -> ElementIndex {
        match self.current_group {
            Some((id, index)) if id == tag.group && self.elements[index].role == role => index,
            _ => {
                let index = self.add(file, 0, role);
                self.current_group = Some((tag.group, index));
                index
            }
        }
    }

    fn kid_element(&self, parent: ElementIndex, position: usize) -> Option<ElementIndex> {
        match self.elements[parent].kids.get(position) {
            Some(Kid::Element(index)) => Some(*index),
            _ => None,
        }
    }

    fn add(
        &mut self,
        file: &mut PdfFile,
        parent: ElementIndex,
        role: &'static str,
    ) -> ElementIndex {
        let index = self.elements.len();
        self.elements
            .push(Element::new(role, parent, file.allocate()));
        self.elements[parent].kids.push(Kid::Element(index));
        index
    }
}

impl Element {
    fn new(role: &'static str, parent: ElementIndex, object: ObjectId) -> Element {
        Element {
            role,
            parent,
            kids: Vec::new(),
            object,
            page: None,
            alt: None,
            bookmark: None,
        }
    }

    fn write(&self, out: &mut Vec<u8>, parent: ObjectId, pages: &[ObjectId], all: &[Element]) {
        // No /Type: it is optional, and a long document has tens of thousands of elements.
        out.extend_from_slice(b"<</S/");
        out.extend_from_slice(self.role.as_bytes());
        out.extend_from_slice(b"/P ");
        parent.write_reference(out);
        let own_page = self.page.and_then(|page| pages.get(page));
        if let Some(page) = own_page {
            out.extend_from_slice(b"/Pg ");
            page.write_reference(out);
        }
        if self.role == "TH" {
            out.extend_from_slice(b"/A<</O/Table/Scope/Column>>");
        }
        if let Some(alt) = &self.alt {
            out.extend_from_slice(b"/Alt");
            write_text_string(out, alt);
        }
        // One kid needs no array (most table cells and paragraphs have one on one page).
        let single = self.kids.len() == 1;
        out.extend_from_slice(if single { b"/K " } else { b"/K[" });
        for (index, kid) in self.kids.iter().enumerate() {
            if index > 0 {
                out.push(b' ');
            }
            match kid {
                Kid::Element(element) => all[*element].object.write_reference(out),
                Kid::Content { page, mcid, .. } if Some(*page) == self.page => {
                    write_number(out, f64::from(*mcid), 0);
                }
                Kid::Content { page, mcid, .. } => {
                    out.extend_from_slice(b"<</Type/MCR/Pg ");
                    pages[*page].write_reference(out);
                    out.extend_from_slice(b"/MCID ");
                    write_number(out, f64::from(*mcid), 0);
                    out.extend_from_slice(b">>");
                }
                Kid::Annotation { page, object } => {
                    out.extend_from_slice(b"<</Type/OBJR/Pg ");
                    pages[*page].write_reference(out);
                    out.extend_from_slice(b"/Obj ");
                    object.write_reference(out);
                    out.extend_from_slice(b">>");
                }
            }
        }
        out.extend_from_slice(if single { b">>" } else { b"]>>" });
    }
}

fn heading_role(level: u8) -> &'static str {
    match level {
        1 => "H1",
        2 => "H2",
        _ => "H3",
    }
}

/// The bookmarks: a section heading's at the top level, an agenda item's under the section
/// before it, all open. Each goes to its heading's page, scrolled to the heading.
fn write_outlines(
    file: &mut PdfFile,
    bookmarks: &[&Bookmark],
    pages: &[ObjectId],
) -> Option<ObjectId> {
    if bookmarks.is_empty() {
        return None;
    }
    // (bookmark, its children) at the top level; a level-3 bookmark before any section stands
    // at the top level itself.
    let mut top: Vec<(usize, Vec<usize>)> = Vec::new();
    for (index, bookmark) in bookmarks.iter().enumerate() {
        match top.last_mut() {
            Some((parent, children)) if bookmark.level > bookmarks[*parent].level => {
                children.push(index);
            }
            _ => top.push((index, Vec::new())),
        }
    }
    let root = file.allocate();
    let ids: Vec<ObjectId> = bookmarks.iter().map(|_| file.allocate()).collect();
    let write_item = |file: &mut PdfFile,
                      index: usize,
                      parent: ObjectId,
                      previous: Option<usize>,
                      next: Option<usize>,
                      children: &[usize]| {
        let bookmark = bookmarks[index];
        file.object(ids[index], |out| {
            out.extend_from_slice(b"<</Title");
            write_text_string(out, &bookmark.title);
            out.extend_from_slice(b"/Parent ");
            parent.write_reference(out);
            if let Some(previous) = previous {
                out.extend_from_slice(b"/Prev ");
                ids[previous].write_reference(out);
            }
            if let Some(next) = next {
                out.extend_from_slice(b"/Next ");
                ids[next].write_reference(out);
            }
            if let (Some(first), Some(last)) = (children.first(), children.last()) {
                out.extend_from_slice(b"/First ");
                ids[*first].write_reference(out);
                out.extend_from_slice(b"/Last ");
                ids[*last].write_reference(out);
                out.extend_from_slice(b"/Count ");
                write_number(out, children.len() as f64, 0);
            }
            out.extend_from_slice(b"/Dest[");
            pages[bookmark.page].write_reference(out);
            out.extend_from_slice(b"/XYZ ");
            write_number(out, BOOKMARK_LEFT, 0);
            out.push(b' ');
            write_number(out, f64::from(bookmark.top), 2);
            out.extend_from_slice(b" null]>>");
        });
    };
    for (position, (index, children)) in top.iter().enumerate() {
        let previous = position.checked_sub(1).map(|p| top[p].0);
        let next = top.get(position + 1).map(|(next, _)| *next);
        write_item(file, *index, root, previous, next, children);
        for (child_position, child) in children.iter().enumerate() {
            let previous = child_position.checked_sub(1).map(|p| children[p]);
            let next = children.get(child_position + 1).copied();
            write_item(file, *child, ids[*index], previous, next, &[]);
        }
    }
    file.object(root, |out| {
        out.extend_from_slice(b"<</Type/Outlines/First ");
        ids[top[0].0].write_reference(out);
        out.extend_from_slice(b"/Last ");
        ids[top[top.len() - 1].0].write_reference(out);
        out.extend_from_slice(b"/Count ");
        write_number(out, bookmarks.len() as f64, 0);
        out.extend_from_slice(b">>");
    });
    Some(root)
}

#[cfg(test)]
mod tests;
