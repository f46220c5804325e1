package fr.aiguillage.contract;

import fr.aiguillage.beneficiary.Beneficiary;
import fr.aiguillage.diagnostic.PersonalLinkRefused;
import fr.aiguillage.diagnostic.PersonalLinks;
import fr.aiguillage.diagnostic.PersonalLinks.LinkContext;
import fr.aiguillage.notification.DeliveryException;
import fr.aiguillage.notification.MailSender;
import fr.aiguillage.notification.SmsSender;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remote signature (issue 13): the referent sends the person a link to their contract; on it the
 * person reads the contract, asks for a one-time code (by SMS or e-mail, sent at once), ticks their
 * consent, types their name and the code. A wrong code counts as a try; the fifth locks it (a new
 * one can be asked). What the person's page shows is also here: their contract, its signatures,
 * their referent.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class RemoteSignatures {
  /** How a link or a code reaches the person. */
  public enum Channel {
    SMS,
    EMAIL
  }

  /** Where the link or code went (the address half hidden) and until when it works. */
  public record Sent(Channel channel, String to, Instant expiresAt) {}

  /** The person's view of their contract. */
  public record PersonContract(
      UUID contractId,
      String title,
      String kindLabel,
      ContractState state,
      String stateLabel,
      String html,
      String documentSha256,
      String referentName,
      java.util.List<ContractView.SignatureView> signatures,
      boolean personSigned,
      boolean canSign,
      boolean hasPhone,
      boolean hasEmail,
      java.time.LocalDate startDate,
      java.time.LocalDate endDate,
      NextAppointment nextAppointment) {}

  /** The person's next appointment booked, if any: when, with whom, how, where. */
  public record NextAppointment(
      Instant startsAt, String structureName, String modality, String location) {}

  /** The outcome of a signing attempt: the code's check, and the contract as it now stands. */
  public record Attempt(CodeCheck check, PersonContract contract) {}

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject ContractRepository contracts;
  @Inject ContractWork work;
  @Inject ContractDocuments documents;
  @Inject PersonalLinks links;
  @Inject MailSender mail;
  @Inject SmsSender sms;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "aiguillage.app.base-url", defaultValue = "http://localhost:9080")
  String baseUrl;

  private final SecureRandom random = new SecureRandom();

  /** Sends the person the link to sign {@code c} (the façade checked the caller may). */
  @Transactional(Transactional.TxType.MANDATORY)
  Sent invite(Contract c, Channel channel) {
    if (c.state() != ContractState.TO_SIGN) {
      throw new ConflictException(
          "state",
          "Le lien de signature s'envoie une fois le contrat soumis à la signature ; il est « "
              + c.state().label()
              + " ».");
    }
    Beneficiary b = person(c);
    String to = address(b, channel);
    PersonalLinks.IssuedLink link = links.issueForContract(c.id());
    String url = baseUrl.replaceAll("/+$", "") + "/mon-parcours/" + link.token();
    String text =
        "Bonjour, votre contrat d'engagement RSA est prêt à être signé. Lisez-le et signez-le ici : "
            + url;
    deliver(channel, to, "Votre contrat à signer", text);
    return new Sent(channel, masked(to), link.expiresAt());
  }

  /** The contract behind a person's link. */
  public PersonContract show(LinkContext ctx) {
    return view(contractOf(ctx));
  }

  /** The contract's PDF as the person may read it (the frozen or signed copy). */
  public byte[] pdf(LinkContext ctx) {
    Contract c = contractOf(ctx);
    if (c.signing().isEmpty()) {
      throw new PersonalLinkRefused("Ce contrat n'est pas encore prêt à être lu.");
    }
    return documents.pdf(c);
  }

  /** Sends a new one-time code to sign, by the channel chosen. */
  public Sent sendCode(LinkContext ctx, Channel channel) {
    Contract c = contractOf(ctx);
    requireSignable(c);
    String to = address(person(c), channel);
    SignatureCode.Issued issued =
        SignatureCode.issue(c.id(), random, clock, SignatureCode.DEFAULT_VALIDITY);
    contracts.saveCode(issued.stored());
    deliver(
        channel,
        to,
        "Votre code de signature",
        "Votre code pour signer votre contrat : "
            + issued.code()
            + ". Il est valable 10 minutes. Ne le communiquez à personne.");
    return new Sent(channel, masked(to), issued.stored().expiresAt());
  }

  /**
   * Checks the code (a wrong one counts, even if the rest is missing) and, if right, signs: the
   * consent, the typed name and the hash of the document shown are checked by the contract.
   */
  public Attempt sign(
      LinkContext ctx, String code, SignatureConsent given, Signature.Origin origin) {
    Contract c = contractForUpdate(ctx);
    requireSignable(c);
    SignatureCode stored =
        contracts
            .latestCodeForUpdate(c.id())
            .orElseThrow(
                () -> new ConflictException("code", "Demandez d'abord un code de signature."));
    CodeCheck check = stored.verify(code, clock);
    if (!check.ok()) {
      return new Attempt(check, view(c));
    }
    Contract signed = work.signRemotely(c, stored, given, origin);
    return new Attempt(check, view(signed));
  }

  private void requireSignable(Contract c) {
    if (c.signing().flatMap(s -> s.signatureOf(Signature.Signer.PERSON)).isPresent()) {
      throw new ConflictException("state", "Vous avez déjà signé ce contrat.");
    }
    if (c.state() != ContractState.TO_SIGN) {
      throw new ConflictException(
          "state", "Ce contrat ne peut pas être signé : il est « " + c.state().label() + " ».");
    }
  }

  private PersonContract view(Contract c) {
    ContractView v = work.view(c);
    boolean personSigned =
        v.signatures().stream().anyMatch(s -> s.signer() == Signature.Signer.PERSON);
    Beneficiary b = person(c);
    return new PersonContract(
        c.id(),
        c.signing().map(s -> s.rendered().title()).orElse(c.content().kind().label()),
        v.kindLabel(),
        v.state(),
        v.stateLabel(),
        c.signing().isPresent() ? v.html() : null,
        v.documentSha256(),
        v.author().referentName(),
        v.signatures(),
        personSigned,
        c.state() == ContractState.TO_SIGN && !personSigned,
        b.phone() != null && !b.phone().isBlank(),
        b.email() != null && !b.email().isBlank(),
        v.term().start(),
        v.endDate(),
        nextAppointment(c.beneficiaryId()));
  }

  private NextAppointment nextAppointment(UUID beneficiaryId) {
    @SuppressWarnings("unchecked")
    java.util.List<Object[]> rows =
        em.createNativeQuery(
                "SELECT a.starts_at, s.name, a.modality, a.location FROM appointment a"
                    + " JOIN structure s ON s.tenant_id = a.tenant_id AND s.id = a.structure_id"
                    + " WHERE a.beneficiary_id = ?1 AND a.status = 'BOOKED' AND a.starts_at > ?2"
                    + " ORDER BY a.starts_at LIMIT 1")
            .setParameter(1, beneficiaryId)
            .setParameter(2, java.sql.Timestamp.from(clock.instant()))
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new NextAppointment(
                    ((java.sql.Timestamp) r[0]).toInstant(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3]))
        .orElse(null);
  }

  private Contract contractOf(LinkContext ctx) {
    links.requireLinkCaller(ctx);
    if (!ctx.forContract()) {
      throw new PersonalLinkRefused("Ce lien ne sert pas à signer un contrat.");
    }
    return contracts.find(ctx.contractId()).orElseThrow(() -> new NotFoundException("Contrat"));
  }

  private Contract contractForUpdate(LinkContext ctx) {
    contractOf(ctx);
    return contracts.loadForUpdate(ctx.contractId());
  }

  private Beneficiary person(Contract c) {
    return Optional.ofNullable(em.find(Beneficiary.class, c.beneficiaryId()))
        .orElseThrow(() -> new NotFoundException("Dossier"));
  }

  private static String address(Beneficiary b, Channel channel) {
    String to = channel == Channel.SMS ? b.phone() : b.email();
    if (to == null || to.isBlank()) {
      throw new InvalidInputException(
          "channel",
          channel == Channel.SMS
              ? "Le dossier n'a pas de numéro de téléphone : choisissez le courriel."
              : "Le dossier n'a pas d'adresse électronique : choisissez le SMS.");
    }
    return to.strip();
  }

  private void deliver(Channel channel, String to, String subject, String text) {
    if (channel == Channel.SMS) {
      sms.send(to, text);
      return;
    }
    try {
      mail.send(to, subject, text, java.util.List.of());
    } catch (DeliveryException e) {
      throw new ConflictException(
          "channel", "Le courriel n'a pas pu partir ; réessayez ou choisissez le SMS.");
    }
  }

  /** "06 •• •• •• 78", "c•••@exemple.fr": enough to recognise it, not to read it. */
  static String masked(String to) {
    int at = to.indexOf('@');
    if (at > 0) {
      return to.charAt(0) + "•••" + to.substring(at);
    }
    String digits = to.replaceAll("\\D", "");
    return digits.length() < 4
        ? "••"
        : digits.substring(0, 2) + " •• •• •• " + digits.substring(digits.length() - 2);
  }
}
