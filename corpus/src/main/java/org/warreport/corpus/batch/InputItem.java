package org.warreport.corpus.batch;

import org.warreport.Document;

/** One input record: a readable document, or the reason it could not be read (then {@code document} is null). */
public record InputItem(String id, Document document, String error) {
  static InputItem ok(Document d) {
    return new InputItem(d.id(), d, null);
  }

  static InputItem bad(String id, String error) {
    return new InputItem(id, null, error);
  }
}
