//! Cuts a flow of lines into pages of a fixed body height, honouring `keep_with_next` groups and
//! repeating continuation lines (an agenda item's heading, a table's header) after a break.

use super::{Continuation, Line};

/// A line placed on a page: `top` is its distance below the top of the content box.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedLine {
    pub top: f32,
    pub line: Line,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub lines: Vec<PlacedLine>,
}

/// Lays `lines` onto pages of `body_height` points. A group of lines joined by
/// `keep_with_next` moves to a new page whole when it does not fit, unless it is taller than a
/// page, in which case it breaks where it must. Space before a line is dropped at the top of a
/// page. Always returns at least one page. The lines move onto the pages (only the few repeated
/// continuation lines are copied), so a long document is held once, not twice.
pub fn paginate(lines: Vec<Line>, continuations: &[Continuation], body_height: f32) -> Vec<Page> {
    let mut pager = Pager {
        pages: vec![Page::default()],
        cursor: 0.0,
        continuations,
        body_height,
        last_continuation: None,
    };
    let mut group = Vec::new();
    for line in lines {
        let keep_with_next = line.keep_with_next;
        group.push(line);
        if !keep_with_next {
            pager.place_group(std::mem::take(&mut group));
        }
    }
    if !group.is_empty() {
        pager.place_group(group);
    }
    pager.pages
}

/// The 1-based page each anchor (`Line::anchor`, `0..anchors`) is placed on; `None` for an
/// anchor no line carries.
pub fn anchor_pages(pages: &[Page], anchors: usize) -> Vec<Option<usize>> {
    let mut found = vec![None; anchors];
    for (number, page) in pages.iter().enumerate() {
        for placed in &page.lines {
            if let Some(slot) = placed.line.anchor.and_then(|anchor| found.get_mut(anchor))
                && slot.is_none()
            {
                *slot = Some(number + 1);
            }
        }
    }
    found
}

struct Pager<'a> {
    pages: Vec<Page>,
    cursor: f32,
    continuations: &'a [Continuation],
    body_height: f32,
    /// The continuation of the last line placed, to know whether a break falls inside one.
    last_continuation: Option<usize>,
}

impl Pager<'_> {
    fn page_is_empty(&self) -> bool {
        self.pages.last().is_none_or(|page| page.lines.is_empty())
    }

    fn group_height(&self, group: &[Line]) -> f32 {
        group
            .iter()
            .enumerate()
            .map(|(index, line)| {
                let space = if index == 0 && self.page_is_empty() {
                    0.0
                } else {
                    line.space_before
                };
                space + line.height
            })
            .sum()
    }

    fn place_group(&mut self, group: Vec<Line>) {
        let forced_break = group.first().is_some_and(|line| line.page_break_before);
        if forced_break && !self.page_is_empty() {
            self.new_page(None);
        }
        let height = self.group_height(&group);
        if self.cursor + height > self.body_height && !self.page_is_empty() {
            let continuation = group.first().and_then(|line| line.continuation);
            self.new_page(continuation);
            let height_after_repeat = self.group_height(&group);
            if self.cursor + height_after_repeat <= self.body_height {
                for line in group {
                    self.place(line);
                }
                return;
            }
        }
        // Fits, or taller than a page: place line by line, breaking where needed.
        for line in group {
            let space = if self.page_is_empty() {
                0.0
            } else {
                line.space_before
            };
            if self.cursor + space + line.height > self.body_height && !self.page_is_empty() {
                self.new_page(line.continuation);
            }
            self.place(line);
        }
    }

    fn place(&mut self, line: Line) {
        let space = if self.page_is_empty() {
            0.0
        } else {
            line.space_before
        };
        let top = self.cursor + space;
        self.cursor = top + line.height;
        self.last_continuation = line.continuation;
        if let Some(page) = self.pages.last_mut() {
            page.lines.push(PlacedLine { top, line });
        }
    }

    /// Whether `region` is the continuation of the last line placed or encloses it: then a
    /// break before a line of `region` falls inside that region.
    fn break_is_inside(&self, region: usize) -> bool {
        let mut current = self.last_continuation;
        // The chain is as deep as the nesting of regions in the document (two); the bound only
        // guards against a malformed parent cycle.
        for _ in 0..self.continuations.len() + 1 {
            match current {
                Some(index) if index == region => return true,
                Some(index) => current = self.continuations.get(index).and_then(|c| c.parent),
                None => return false,
            }
        }
        false
    }

    /// Starts a page; when the break falls inside a continuation region, the region's lines are
    /// repeated first.
    fn new_page(&mut self, next_continuation: Option<usize>) {
        let repeat = next_continuation
            .filter(|region| self.break_is_inside(*region))
            .and_then(|region| {
                self.continuations
                    .get(region)
                    .map(|c| (region, c.lines.clone()))
            });
        self.pages.push(Page::default());
        self.cursor = 0.0;
        if let Some((index, repeat)) = repeat {
            for line in repeat {
                self.place(line);
            }
            // The repeated lines are not content of their own: keep the continuation.
            self.last_continuation = Some(index);
        }
    }
}
