package org.warreport;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.pipeline.CoreNLPProtos;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A document with its CoreNLP annotations, opaque to callers: made by {@link EventExtractor#annotate}, read by
 * {@link EventExtractor#extract(AnnotatedDocument)}, and storable as bytes for the annotation cache.
 */
public final class AnnotatedDocument {
  private final Document document;
  private final Annotation annotation;

  AnnotatedDocument(Document document, Annotation annotation) {
    this.document = document;
    this.annotation = annotation;
  }

  public Document document() {
    return document;
  }

  Annotation annotation() {
    return annotation;
  }

  /**
   * The annotations as protobuf bytes (CoreNLP's lossless serializer), keeping of the five dependency graphs the
   * parser makes only the enhanced++ one the rules read: quicker to read back, and smaller (on the seeds 58% of
   * the bytes, 91% once gzipped).
   */
  public byte[] toBytes() {
    CoreNLPProtos.Document.Builder doc = new ProtobufAnnotationSerializer().toProto(annotation).toBuilder();
    for (CoreNLPProtos.Sentence.Builder s : doc.getSentenceBuilderList()) {
      s.clearBasicDependencies().clearCollapsedDependencies().clearCollapsedCCProcessedDependencies()
          .clearEnhancedDependencies().clearAlternativeDependencies();
    }
    return doc.build().toByteArray();
  }

  /** Reads back what {@link #toBytes()} wrote, for the same document. */
  public static AnnotatedDocument fromBytes(Document document, byte[] bytes) {
    try {
      Annotation a = new ProtobufAnnotationSerializer().fromProto(CoreNLPProtos.Document.parseFrom(bytes));
      return new AnnotatedDocument(document, a);
    } catch (IOException e) {
      throw new UncheckedIOException("cached annotations of " + document.id() + " are unreadable", e);
    }
  }
}
