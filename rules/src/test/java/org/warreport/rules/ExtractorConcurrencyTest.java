package org.warreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.warreport.Document;
import org.warreport.json.EventJson;

/** One extractor used from several threads at once gives exactly what it gives on one thread. */
class ExtractorConcurrencyTest {
  private static final List<Document> DOCS = List.of(
      new Document("a", "Air strikes killed at least 12 civilians, among them five children, in Saraqib on Tuesday, "
          + "a war monitor said.", LocalDate.of(2019, 6, 5)),
      new Document("b", "Clashes between government forces and rebels killed 31 fighters overnight in northern Hama, "
          + "the Observatory said. The fighting claimed the lives of 18 soldiers as well as 13 rebels.", LocalDate.of(2019, 6, 9)),
      new Document("c", "The United Nations says more than 200,000 people have fled their homes since late April.",
          LocalDate.of(2019, 6, 20)),
      new Document("d", "Regime rocket fire killed two women in Kafr Zita on Sunday, according to the Observatory.",
          LocalDate.of(2019, 7, 1)));

  @Test
  void fourThreadsAgreeWithOne() throws Exception {
    List<String> expected = new ArrayList<>();
    for (Document d : DOCS) {
      expected.add(EventJson.toJsonLine(SharedExtractor.EXTRACTOR.extract(d)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (Document d : DOCS) {
          futures.add(pool.submit(() -> EventJson.toJsonLine(SharedExtractor.EXTRACTOR.extract(d))));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % DOCS.size()), futures.get(i).get(), "document " + DOCS.get(i % DOCS.size()).id());
      }
    } finally {
      pool.shutdown();
    }
  }
}
