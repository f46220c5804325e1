package fr.aiguillage.contract;

import static fr.aiguillage.contract.ContractState.CANCELLED;
import static fr.aiguillage.contract.ContractState.DRAFT;
import static fr.aiguillage.contract.ContractState.ENDED;
import static fr.aiguillage.contract.ContractState.RENEWED;
import static fr.aiguillage.contract.ContractState.SIGNED;
import static fr.aiguillage.contract.ContractState.TO_SIGN;

import fr.aiguillage.contract.Signature.Origin;
import fr.aiguillage.contract.Signature.Signer;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A person's contract (DESIGN §12): written from a published template by the referent of the body
 * the person is oriented to, submitted (its rendered copy and that copy's SHA-256 frozen), signed
 * by the referent and the person, then ended, renewed or replaced by an amendment — a new contract,
 * never a change to a signed one — or cancelled. Every change goes through a method named after it,
 * which refuses it in French when the state does not allow it and returns the step for the history.
 * Mapped to the {@code contract} row, its parts as embeddables (ADR 0015).
 */
@Entity
@Table(name = "contract")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Contract {
  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "beneficiary_id", nullable = false)
  private UUID beneficiaryId;

  @Column(name = "person_name", nullable = false)
  private String personName;

  @Column(name = "orientation_id", nullable = false)
  private UUID orientationId;

  @Embedded private ContractLineage lineage;

  @Embedded private ContractContent content;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private ContractState state;

  @Column(name = "state_since", nullable = false)
  private Instant stateSince;

  @Embedded private ContractStamps stamps;

  /** Null (all its columns null) until the submission, and again once reopened as a draft. */
  @Embedded private ContractSigning signing;

  /** Null (all its columns null) until it is cancelled, ended or renewed. */
  @Embedded private ContractClosure closure;

  /** The row's version, for optimistic locking (not the contract's version number). */
  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected Contract() {}

  private Contract(
      UUID beneficiaryId,
      String personName,
      UUID orientationId,
      ContractLineage lineage,
      ContractContent content,
      String actor,
      Instant now) {
    this.personName = Text.blankToNull(personName);
    if (this.personName == null) {
      throw new InvalidInputException("personName", "Indiquez le nom de la personne.");
    }
    Limits.checkText("personName", this.personName, Limits.NAME);
    this.id = UUID.randomUUID();
    this.beneficiaryId = beneficiaryId;
    this.orientationId = orientationId;
    this.lineage = lineage;
    this.content = content;
    this.state = DRAFT;
    this.stateSince = now;
    this.stamps = ContractStamps.created(actor, now);
  }

  /**
   * A first draft for a person (their name as the document shows it, which they type to sign),
   * under their orientation, from a published template.
   */
  public static Contract draft(
      UUID beneficiaryId,
      String personName,
      UUID orientationId,
      ContractTemplate template,
      ContractAuthor author,
      ContractTerm term,
      ActionPlan plan,
      String actor,
      Instant now) {
    ContractContent content = ContractContent.of(template, author, term, plan);
    return new Contract(
        beneficiaryId, personName, orientationId, ContractLineage.first(), content, actor, now);
  }

  /** The first step of the history: the draft created. */
  public ContractTransition opening() {
    return new ContractTransition(
        this, ContractStep.DRAFTED, null, stamps.createdBy(), null, null, stamps.createdAt());
  }

  /** Replaces a draft's dates and action plan. */
  public ContractTransition editDraft(
      ContractTerm term, ActionPlan plan, String actor, Instant now) {
    requireState("modifier le contrat", DRAFT);
    content.edit(term, plan);
    touch(actor, now);
    return new ContractTransition(this, ContractStep.EDITED, DRAFT, actor, null, null, now);
  }

  /**
   * Freezes the copy rendered from this draft, its PDF and the PDF's SHA-256: both parties sign
   * that very PDF.
   *
   * @throws InvalidInputException if the action plan is not finished or the copy is another's
   */
  public ContractTransition submitForSignature(
      RenderedContract copy, byte[] pdf, String actor, Instant now) {
    requireState("soumettre le contrat à la signature", DRAFT);
    if (!content.plan().unfinished().isEmpty()) {
      throw new InvalidInputException(content.plan().unfinished());
    }
    if (!content.renderedFromItsTemplate(copy)) {
      throw new InvalidInputException(
          "rendered",
          "Le document vient d'un autre modèle que celui du contrat : produisez-le à nouveau.");
    }
    signing = ContractSigning.freeze(copy, pdf);
    return moveTo(TO_SIGN, ContractStep.SUBMITTED, actor, null, signing.documentSha256(), now);
  }

  /** Takes a contract waiting for signatures back to draft; signatures already made are dropped. */
  public ContractTransition reopenDraft(String reason, String actor, Instant now) {
    requireState("reprendre le contrat en brouillon", TO_SIGN);
    String why =
        ContractClosure.required(reason, "Indiquez pourquoi le contrat est repris en brouillon.");
    signing = null;
    return moveTo(DRAFT, ContractStep.REOPENED, actor, why, null, now);
  }

  /**
   * A signature on the referent's screen, by the referent who wrote the contract or by the person;
   * the second one makes the contract signed.
   */
  public ContractTransition signInPerson(
      Signer signer, UUID signerId, SignatureConsent given, String actor, Instant now) {
    return sign(signer, signerId, given, null, actor, now);
  }

  /** The person's signature through their link, once they typed this contract's code right. */
  public ContractTransition signRemotely(
      SignatureCode code, SignatureConsent given, Origin origin, String actor, Instant now) {
    if (!code.provesSigningOf(id)) {
      throw new ConflictException("code", "Saisissez d'abord le code reçu pour ce contrat.");
    }
    return sign(Signer.PERSON, beneficiaryId, given, origin, actor, now);
  }

  private ContractTransition sign(
      Signer signer,
      UUID signerId,
      SignatureConsent given,
      Origin origin,
      String actor,
      Instant now) {
    requireState("signer le contrat", TO_SIGN);
    boolean referent = signer == Signer.REFERENT;
    ContractAuthor author = content.author();
    UUID expectedId = referent ? author.referentId() : beneficiaryId;
    String expectedName = referent ? author.referentName() : personName;
    boolean both = signing.sign(id, signer, signerId, expectedId, expectedName, given, origin, now);
    touch(actor, now);
    ContractStep what = referent ? ContractStep.SIGNED_BY_REFERENT : ContractStep.SIGNED_BY_PERSON;
    String hash = signing.documentSha256();
    return both
        ? moveTo(SIGNED, what, actor, null, hash, now)
        : new ContractTransition(this, what, TO_SIGN, actor, null, hash, now);
  }

  /** Keeps the signed copy (the document and its signature page), once both have signed. */
  public void keepSignedCopy(byte[] pdf) {
    requireState("garder la copie signée", SIGNED);
    signing.keepSignedCopy(pdf);
  }

  /**
   * Cancels a contract not in force yet: a draft, one waiting for signatures, or a signed one
   * before its start date (one that started is {@linkplain #end ended} instead).
   */
  public ContractTransition cancel(String reason, LocalDate today, String actor, Instant now) {
    requireState("annuler le contrat", DRAFT, TO_SIGN, SIGNED);
    closure = ContractClosure.cancelled(reason, state == SIGNED, content.term(), today);
    return moveTo(CANCELLED, ContractStep.CANCELLED, actor, closure.reason(), null, now);
  }

  /** Ends a signed contract that has started: at its term, or earlier with a reason. */
  public ContractTransition end(String reason, LocalDate today, String actor, Instant now) {
    requireState("terminer le contrat", SIGNED);
    closure = ContractClosure.ended(reason, content.term(), today);
    return moveTo(ENDED, ContractStep.ENDED, actor, closure.reason(), null, now);
  }

  /** A new draft renewing this signed contract: its plan as a start, a later start date. */
  public Contract renewal(
      ContractTemplate template,
      ContractAuthor author,
      ContractTerm term,
      String actor,
      Instant now) {
    requireState("renouveler le contrat", SIGNED);
    return successor(
        ContractLineage.renewing(this, term),
        ContractContent.of(template, author, term, content.plan()),
        actor,
        now);
  }

  /** Closes this contract as renewed, once its renewal is signed. */
  public ContractTransition markRenewed(Contract renewal, String actor, Instant now) {
    requireState("marquer le contrat comme renouvelé", SIGNED);
    lineage.closeBy(this, renewal, true, "le renouvellement");
    closure = ContractClosure.renewed();
    return moveTo(RENEWED, ContractStep.RENEWED, actor, closure.reason(), null, now);
  }

  /** The next version of this signed contract, as a draft to change and sign again. */
  public Contract amendment(String actor, Instant now) {
    requireState("modifier le contrat par avenant", SIGNED);
    return successor(ContractLineage.amending(this), content.copy(), actor, now);
  }

  private Contract successor(
      ContractLineage lineage, ContractContent content, String actor, Instant now) {
    return new Contract(beneficiaryId, personName, orientationId, lineage, content, actor, now);
  }

  /** Ends this contract from {@code today}: its amendment is signed and replaces it. */
  public ContractTransition supersedeBy(
      Contract amendment, LocalDate today, String actor, Instant now) {
    requireState("remplacer le contrat par son avenant", SIGNED);
    lineage.closeBy(this, amendment, false, "l'avenant");
    closure = ContractClosure.amended(amendment.lineage.contractVersion(), today);
    return moveTo(ENDED, ContractStep.AMENDED, actor, closure.reason(), null, now);
  }

  /** Its state on {@code day}: a signed contract is review due from its review date. */
  public ContractState stateOn(LocalDate day) {
    return state == SIGNED && !day.isBefore(content.term().reviewOn())
        ? ContractState.REVIEW_DUE
        : state;
  }

  /** Whether it is signed and in force on {@code day}. */
  public boolean isActiveOn(LocalDate day) {
    return state == SIGNED && content.term().covers(day);
  }

  private void requireState(String action, ContractState... allowed) {
    if (!Arrays.asList(allowed).contains(state)) {
      throw new ConflictException(
          "state", "Impossible de " + action + " : son état est « " + state.label() + " ».");
    }
  }

  private ContractTransition moveTo(
      ContractState to, ContractStep what, String actor, String reason, String hash, Instant now) {
    ContractState from = state;
    state = to;
    stateSince = now;
    touch(actor, now);
    return new ContractTransition(this, what, from, actor, reason, hash, now);
  }

  private void touch(String actor, Instant now) {
    stamps = stamps.touched(actor, now);
  }

  public UUID id() {
    return id;
  }

  public UUID beneficiaryId() {
    return beneficiaryId;
  }

  /** The person's name as the document shows it. */
  public String personName() {
    return personName;
  }

  public UUID orientationId() {
    return orientationId;
  }

  public ContractLineage lineage() {
    return lineage;
  }

  /** Its template, author, dates and plan. */
  public ContractContent content() {
    return content;
  }

  /** The state kept; {@link #stateOn} tells the review due. */
  public ContractState state() {
    return state;
  }

  public Instant stateSince() {
    return stateSince;
  }

  /** Who created it and when, who changed it last and when. */
  public ContractStamps stamps() {
    return stamps;
  }

  /** The row's version, for optimistic locking. */
  public long rowVersion() {
    return rowVersion;
  }

  /** The frozen copy and its signatures, from the submission on. */
  public Optional<ContractSigning> signing() {
    return Optional.ofNullable(signing);
  }

  /** How it closed, once cancelled, ended or renewed. */
  public Optional<ContractClosure> closure() {
    return Optional.ofNullable(closure);
  }
}
