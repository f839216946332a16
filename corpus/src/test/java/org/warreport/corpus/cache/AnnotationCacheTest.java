package org.warreport.corpus.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warreport.Document;
import org.warreport.EventExtractor;
import org.warreport.json.EventJson;
import org.warreport.rules.BundledRules;

/** The cache gives back annotations that the rules read exactly as fresh ones, and never stale ones. */
class AnnotationCacheTest {
  private static final EventExtractor EXTRACTOR = EventExtractor.builder().rules(BundledRules.load()).build();
  private static final Document DOC = new Document("c1",
      "Air strikes on Tuesday killed at least nine civilians in Saraqib, a war monitor said.", LocalDate.of(2019, 6, 6));

  @TempDir
  Path dir;

  @Test
  void secondReadComesFromTheCacheAndYieldsTheSameEvents() throws Exception {
    AnnotationCache cache = new AnnotationCache(dir);
    String fresh = EventJson.toJsonLine(EXTRACTOR.extract(cache.annotate(EXTRACTOR, DOC)));
    String cached = EventJson.toJsonLine(EXTRACTOR.extract(cache.annotate(EXTRACTOR, DOC)));
    assertEquals(fresh, cached);
    assertEquals(1, cache.hits());
    assertEquals(1, cache.misses());
    assertTrue(fresh.contains("\"value\":\"2019-06-04\""), fresh);
  }

  @Test
  void anotherTextOrDateIsAnotherEntry() throws Exception {
    AnnotationCache cache = new AnnotationCache(dir);
    Path a = cache.fileFor(EXTRACTOR.pipelineSignature(), DOC);
    assertNotEquals(a, cache.fileFor(EXTRACTOR.pipelineSignature(), new Document("c1", DOC.text(), LocalDate.of(2019, 6, 7))));
    assertNotEquals(a, cache.fileFor(EXTRACTOR.pipelineSignature(), new Document("c1", DOC.text() + " ", DOC.date())));
    assertNotEquals(a, cache.fileFor(EXTRACTOR.pipelineSignature() + "x", DOC));
    assertEquals(a, cache.fileFor(EXTRACTOR.pipelineSignature(), new Document("other-id", DOC.text(), DOC.date())));
  }

  @Test
  void aDamagedEntryIsParsedAgainAndReplaced() throws Exception {
    AnnotationCache cache = new AnnotationCache(dir);
    Path file = cache.fileFor(EXTRACTOR.pipelineSignature(), DOC);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "not gzip");
    String line = EventJson.toJsonLine(EXTRACTOR.extract(cache.annotate(EXTRACTOR, DOC)));
    assertTrue(line.contains("\"at least nine\""), line);
    assertEquals(0, cache.hits());
    cache.annotate(EXTRACTOR, DOC);
    assertEquals(1, cache.hits());
  }

  @Test
  void anotherDocumentsEntryUnderTheKeyIsParsedAgainAndReplaced() throws Exception {
    AnnotationCache cache = new AnnotationCache(dir);
    Document other = new Document("c2", "A car bomb killed sixteen people at a checkpoint on Sunday.", DOC.date());
    cache.annotate(EXTRACTOR, other);
    Path file = cache.fileFor(EXTRACTOR.pipelineSignature(), DOC);
    Files.createDirectories(file.getParent());
    Files.copy(cache.fileFor(EXTRACTOR.pipelineSignature(), other), file);

    String line = EventJson.toJsonLine(EXTRACTOR.extract(cache.annotate(EXTRACTOR, DOC)));
    assertEquals(EventJson.toJsonLine(EXTRACTOR.extract(DOC)), line);
    assertEquals(0, cache.hits());
    assertEquals(2, cache.misses());
    cache.annotate(EXTRACTOR, DOC);
    assertEquals(1, cache.hits(), "the entry was replaced by the document's own");
  }

  @Test
  void theSameTextsEntryOfAnotherDateIsParsedAgain() throws Exception {
    AnnotationCache cache = new AnnotationCache(dir);
    Document otherDay = new Document("c1", DOC.text(), LocalDate.of(2019, 6, 20));
    cache.annotate(EXTRACTOR, otherDay);
    Path file = cache.fileFor(EXTRACTOR.pipelineSignature(), DOC);
    Files.createDirectories(file.getParent());
    Files.copy(cache.fileFor(EXTRACTOR.pipelineSignature(), otherDay), file);

    String line = EventJson.toJsonLine(EXTRACTOR.extract(cache.annotate(EXTRACTOR, DOC)));
    assertTrue(line.contains("\"value\":\"2019-06-04\""), line);
    assertEquals(0, cache.hits());
  }
}
