package fr.aiguillage.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One import of a list: what was read, created, updated, left unchanged and rejected. */
@Entity
@Table(name = "import_run")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class ImportRun {
  public enum Status {
    RUNNING,
    DONE,
    FAILED
  }

  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "source", nullable = false)
  private String source;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "origin", nullable = false)
  private ImportOrigin origin;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "file_sha256")
  private String fileSha256;

  @Column(name = "size_bytes")
  private Long sizeBytes;

  @Column(name = "mapping")
  private String mapping;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "started_by", nullable = false)
  private String startedBy;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "rows_read", nullable = false)
  private int rowsRead;

  @Column(name = "created", nullable = false)
  private int created;

  @Column(name = "updated", nullable = false)
  private int updated;

  @Column(name = "unchanged", nullable = false)
  private int unchanged;

  @Column(name = "rejected", nullable = false)
  private int rejected;

  @Column(name = "failure")
  private String failure;

  @Column(name = "flow_date")
  private java.time.LocalDate flowDate;

  @Column(name = "out_of_scope", nullable = false)
  private int outOfScope;

  @Column(name = "exited", nullable = false)
  private int exited;

  protected ImportRun() {}

  static ImportRun start(
      String source,
      ImportOrigin origin,
      String fileName,
      long size,
      String mapping,
      String by,
      Instant now) {
    ImportRun r = new ImportRun();
    r.id = UUID.randomUUID();
    r.source = source;
    r.origin = origin;
    r.fileName = fileName;
    r.sizeBytes = size;
    r.mapping = mapping;
    r.status = Status.RUNNING;
    r.startedBy = by;
    r.startedAt = now;
    return r;
  }

  void count(int read, int c, int u, int same, int bad) {
    count(read, c, u, same, bad, 0, 0);
  }

  void count(int read, int c, int u, int same, int bad, int out, int left) {
    outOfScope += out;
    exited += left;
    rowsRead += read;
    created += c;
    updated += u;
    unchanged += same;
    rejected += bad;
  }

  void finish(String sha256, String failureOrNull, Instant now) {
    fileSha256 = sha256;
    failure = failureOrNull;
    status = failureOrNull == null ? Status.DONE : Status.FAILED;
    finishedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String source() {
    return source;
  }

  public ImportOrigin origin() {
    return origin;
  }

  public String fileName() {
    return fileName;
  }

  public String fileSha256() {
    return fileSha256;
  }

  public Long sizeBytes() {
    return sizeBytes;
  }

  public Status status() {
    return status;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public String startedBy() {
    return startedBy;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public int rowsRead() {
    return rowsRead;
  }

  public int created() {
    return created;
  }

  public int updated() {
    return updated;
  }

  public int unchanged() {
    return unchanged;
  }

  public int rejected() {
    return rejected;
  }

  public String failure() {
    return failure;
  }

  /** The CAF flow's own date (DTCREAFLUX), for a flow. */
  public java.time.LocalDate flowDate() {
    return flowDate;
  }

  void flowDate(java.time.LocalDate d) {
    flowDate = d;
  }

  public int outOfScope() {
    return outOfScope;
  }

  public int exited() {
    return exited;
  }
}
