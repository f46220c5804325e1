package fr.aiguillage.contract;

import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One version of a département's contract template, versioned like the criteria: a draft, then
 * published with an effective date, then archived. Its legal mentions come from the national
 * default of its kind and no method changes them. Stored in {@code contract_template}, sections and
 * mentions as JSON text.
 */
@Entity
@Table(name = "contract_template")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class ContractTemplate {
  public enum Status {
    DRAFT,
    PUBLISHED,
    ARCHIVED
  }

  @Id
  @Column(name = "id")
  private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private ContractKind kind;

  @Column(name = "version", nullable = false)
  private int version;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "title", nullable = false)
  private String title;

  @Convert(converter = SectionsConverter.class)
  @Column(name = "sections", nullable = false)
  private List<TemplateSection> sections;

  @Convert(converter = TextListConverter.class)
  @Column(name = "legal_mentions", nullable = false)
  private List<String> legalMentions;

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by")
  private String publishedBy;

  @Column(name = "archived_at")
  private Instant archivedAt;

  /** The row's version, for optimistic locking (not the template's version number). */
  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected ContractTemplate() {}

  /** A first draft copied from the platform's national default, for the département to adapt. */
  public static ContractTemplate adopt(
      NationalTemplate national, int version, String actor, Instant now) {
    return draft(
        national.kind(),
        version,
        national.title(),
        national.sections(),
        national.legalMentions(),
        actor,
        now);
  }

  /** A new draft that starts from this version's texts, to amend it (any status). */
  public ContractTemplate nextDraft(int newVersion, String actor, Instant now) {
    if (newVersion <= version) {
      throw new InvalidInputException(
          "version", "La nouvelle version doit suivre la version " + version + ".");
    }
    return draft(kind, newVersion, title, sections, legalMentions, actor, now);
  }

  private static ContractTemplate draft(
      ContractKind kind,
      int version,
      String title,
      List<TemplateSection> sections,
      List<String> legalMentions,
      String actor,
      Instant now) {
    ParsedTemplate.parse(title, sections, legalMentions);
    ContractTemplate t = new ContractTemplate();
    t.id = UUID.randomUUID();
    t.kind = kind;
    t.version = version;
    t.status = Status.DRAFT;
    t.title = title.strip();
    t.sections = List.copyOf(sections);
    t.legalMentions = List.copyOf(legalMentions);
    t.createdAt = now;
    t.createdBy = actor;
    return t;
  }

  /**
   * Replaces a draft's title and sections; the legal mentions stay.
   *
   * @throws ConflictException if this version is no longer a draft
   * @throws TemplateRejectedException with every unknown or unclosed merge field
   */
  public void reviseDraft(String title, List<TemplateSection> sections, String actor, Instant now) {
    if (status != Status.DRAFT) {
      throw new ConflictException(
          "version",
          "Seul un brouillon peut être modifié ; la version "
              + version
              + " est "
              + statusWord()
              + " : créez une nouvelle version.");
    }
    ParsedTemplate.parse(title, sections, legalMentions);
    this.title = title.strip();
    this.sections = List.copyOf(sections);
    this.createdAt = now;
    this.createdBy = actor;
  }

  /**
   * Publishes a draft from {@code effectiveFrom}, which cannot be before {@code today}.
   *
   * @throws ConflictException if this version is not a draft
   */
  public void publish(LocalDate effectiveFrom, LocalDate today, String actor, Instant now) {
    if (status != Status.DRAFT) {
      throw new ConflictException(
          "version",
          "Seul un brouillon peut être publié ; la version "
              + version
              + " est "
              + statusWord()
              + ".");
    }
    if (effectiveFrom == null || effectiveFrom.isBefore(today)) {
      throw new InvalidInputException(
          "effectiveFrom",
          "La date d'effet est obligatoire et ne peut pas être passée (au plus tôt aujourd'hui).");
    }
    ParsedTemplate.parse(title, sections, legalMentions);
    this.status = Status.PUBLISHED;
    this.effectiveFrom = effectiveFrom;
    this.publishedAt = now;
    this.publishedBy = actor;
  }

  /**
   * Withdraws a published version (a newer one replaced it); contracts written with it keep their
   * own rendered copy.
   *
   * @throws ConflictException if this version is a draft or already archived
   */
  public void archive(Instant now) {
    if (status != Status.PUBLISHED) {
      throw new ConflictException(
          "version",
          "Seule une version publiée peut être archivée ; la version "
              + version
              + " est "
              + statusWord()
              + ".");
    }
    this.status = Status.ARCHIVED;
    this.archivedAt = now;
  }

  /** Whether contracts may be written with it on {@code day}. */
  public boolean isInForceOn(LocalDate day) {
    return status == Status.PUBLISHED && !effectiveFrom.isAfter(day);
  }

  /** Its texts, checked and split into merge fields. */
  public ParsedTemplate parsed() {
    return ParsedTemplate.parse(title, sections, legalMentions);
  }

  private String statusWord() {
    return switch (status) {
      case DRAFT -> "un brouillon";
      case PUBLISHED -> "publiée";
      case ARCHIVED -> "archivée";
    };
  }

  public UUID id() {
    return id;
  }

  public ContractKind kind() {
    return kind;
  }

  public int version() {
    return version;
  }

  public Status status() {
    return status;
  }

  public String title() {
    return title;
  }

  public List<TemplateSection> sections() {
    return sections;
  }

  public List<String> legalMentions() {
    return legalMentions;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public Instant archivedAt() {
    return archivedAt;
  }

  public long rowVersion() {
    return rowVersion;
  }
}
