package org.warreport.corpus.cache;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.warreport.AnnotatedDocument;
import org.warreport.Document;
import org.warreport.EventExtractor;

/**
 * CoreNLP's annotations kept on disk, gzipped protobuf, one file per document, so that rules can be run again
 * without parsing. The key is a hash of the pipeline settings, the document date (it steers SUTime) and the text:
 * a changed text or setting misses, never reads stale parses, and an entry is used only if the text and date stored
 * inside it are the document's (another document's entry under the key is parsed again and replaced). Safe for several threads and for a run killed
 * part way: an entry is written to a temporary file and moved into place whole.
 */
public final class AnnotationCache {
  private final Path dir;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  public AnnotationCache(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
  }

  /** The document's annotations from the cache, or made by {@code extractor} and stored. */
  public AnnotatedDocument annotate(EventExtractor extractor, Document document) {
    Path file = fileFor(extractor.pipelineSignature(), document);
    if (Files.isRegularFile(file)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        AnnotatedDocument cached = extractor.annotationsFromBytes(document, in.readAllBytes());
        hits.incrementAndGet();
        return cached;
      } catch (IOException | RuntimeException e) {
        // an unreadable entry (a disk error, a foreign file) or another document's is annotated again and overwritten
      }
    }
    misses.incrementAndGet();
    AnnotatedDocument annotated = extractor.annotate(document);
    store(file, annotated.toBytes());
    return annotated;
  }

  public long hits() {
    return hits.get();
  }

  public long misses() {
    return misses.get();
  }

  Path fileFor(String pipelineSignature, Document document) {
    Hasher h = Hashing.sha256().newHasher();
    h.putString(pipelineSignature, StandardCharsets.UTF_8).putByte((byte) 0);
    h.putString(String.valueOf(document.date()), StandardCharsets.UTF_8).putByte((byte) 0);
    h.putString(document.text(), StandardCharsets.UTF_8);
    String key = h.hash().toString();
    return dir.resolve(key.substring(0, 2)).resolve(key + ".pb.gz");
  }

  private void store(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
        out.write(bytes);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the annotation cache entry " + file, e);
    }
  }
}
