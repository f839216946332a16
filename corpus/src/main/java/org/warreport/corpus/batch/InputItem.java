package org.warreport.corpus.batch;

import org.warreport.Document;

/**
 * One input record: a readable document, or the reason it could not be read (then {@code document} is null), and
 * where it was read ({@code file:line} for JSONL, the file for a text file, {@code stdin:line}).
 */
public record InputItem(String id, Document document, String error, String where) {
  static InputItem ok(Document d, String where) {
    return new InputItem(d.id(), d, null, where);
  }

  static InputItem bad(String id, String error, String where) {
    return new InputItem(id, null, error, where);
  }

  /**
   * A document read under an id already used by the document read at {@code first}: an error item of its own, named
   * by where it was read, so that each id is written once.
   */
  public static InputItem duplicate(InputItem item, String first) {
    return bad(item.where(), item.where() + ": the id '" + item.id() + "' was already used by " + first
        + "; this document is not read", item.where());
  }
}
