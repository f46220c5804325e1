package fr.aiguillage.intake;

import fr.aiguillage.beneficiary.BeneficiaryDetails;
import fr.aiguillage.beneficiary.BeneficiaryDraft;
import fr.aiguillage.beneficiary.CafNumber;
import fr.aiguillage.beneficiary.Nir;
import fr.aiguillage.beneficiary.ProtectedNir;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.tenancy.TenantCode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The people of a CNAF flow's household as {@link ChunkWriter} rows and report lines: each claimant
 * and spouse decided by the département's {@link CafScopeRule}; a person followed checked by the
 * platform's own rules (another département's commune refused, like a list's row), with what the
 * flow says of the right and household; a person out of scope staged with only what finds them
 * among the people followed, and a line saying why; children and others only counted.
 */
final class FlowStaging {
  private final CafScopeRule rule;
  private final TenantCode tenant;
  private final LocalDate today;
  private final Function<Nir, ProtectedNir> protector;
  private FlowPrints prints;

  FlowStaging(
      CafScopeRule rule,
      TenantCode tenant,
      LocalDate today,
      Function<Nir, ProtectedNir> protector) {
    this.rule = rule;
    this.tenant = tenant;
    this.today = today;
    this.protector = protector;
  }

  /** Gives each claimant and spouse staged their fingerprint, for {@link Intake#skipUnchanged}. */
  FlowStaging printing(FlowPrints p) {
    this.prints = p;
    return this;
  }

  /**
   * A household's claimant and spouse as {@link Intake#skipUnchanged} reads them: whom each
   * designates, and the fingerprint of each followed if the household may be found again by its
   * bytes ({@link #findable}); a household rejected is not written: none. {@code digest}: its
   * bytes' ({@link FlowScan}), null if unknown (no fingerprint then).
   */
  List<RowPrints.Print> prints(FlowHousehold h, byte[] digest) {
    if (prints == null || h.rejected()) {
      return List.of();
    }
    boolean findable = findable(h);
    int people = people(h);
    List<RowPrints.Print> out = new java.util.ArrayList<>(2);
    for (FlowPerson p : h.persons()) {
      if (p.role() != FlowPerson.Role.DEM && p.role() != FlowPerson.Role.CJT) {
        continue;
      }
      out.add(
          prints
              .rows()
              .print(
                  FlowRows.row(h.ordinal(), p.role() == FlowPerson.Role.CJT),
                  h.ordinal(),
                  findable && decide(h, p).followed() ? print(digest, p, people) : null,
                  h.cafNumber(),
                  p.nir()));
    }
    return out;
  }

  /**
   * Whether a household may be found again by its bytes: read without any problem. Its people
   * followed get a fingerprint that finds them; if some are out of scope, the household is found
   * only with the report the writer kept of it ({@code intake_flow_report}), which says why. The
   * people of other households get fingerprints that nothing finds.
   */
  private static boolean findable(FlowHousehold h) {
    return !h.rejected() && h.problems().isEmpty();
  }

  /** Whether a claimant or spouse is followed under the département's rule, and if not why. */
  private CafScopeRule.Decision decide(FlowHousehold h, FlowPerson p) {
    return p.rightsAndDuties() == null
        ? new CafScopeRule.Decision(
            false,
            "Le flux ne dit pas si la personne est soumise aux droits et devoirs"
                + " (TOPPERSDRODEVORSA absent).",
            null)
        : rule.decide(p.role().name(), p.rightsAndDuties(), h.state().code(), h.suspensionReason());
  }

  private static int people(FlowHousehold h) {
    int n = 0;
    for (FlowPerson p : h.persons()) {
      n += p.role() == FlowPerson.Role.DEM || p.role() == FlowPerson.Role.CJT ? 1 : 0;
    }
    return n;
  }

  /** A person's fingerprint ({@link FlowPrints#person}); null without a digest. */
  private byte[] print(byte[] digest, FlowPerson p, int people) {
    return prints == null
        ? null
        : prints.person(
            digest, p.role() == FlowPerson.Role.CJT, people, Boolean.TRUE.equals(p.entrant()));
  }

  /**
   * One household: its people decided, staged or reported. A household read without problem, of a
   * claimant alone or with one spouse, some of them out of scope, is staged with its digest: the
   * writer keeps it with its report if all its people are written, without a problem ({@link
   * FlowExits}).
   */
  void household(
      FlowHousehold h,
      LocalDate flowDate,
      byte[] digest,
      List<Staged> people,
      List<Problem> lines) {
    if (h.rejected()) {
      lines.addAll(h.problems());
      return;
    }
    boolean findable = findable(h);
    int count = people(h);
    // the digest under which the writer may keep the household with its report
    byte[] kept = findable && digest != null && count <= 2 && someoneOut(h) ? digest : null;
    // problems on children and other people do not reject the household: reported as notes
    h.problems()
        .forEach(p -> lines.add(new Problem(p.row(), p.column(), p.message(), Problem.Kind.NOTE)));
    for (FlowPerson p : h.persons()) {
      if (p.role() != FlowPerson.Role.DEM && p.role() != FlowPerson.Role.CJT) {
        continue; // never followed, counted in the household only
      }
      boolean spouse = p.role() == FlowPerson.Role.CJT;
      String column = FlowRows.person(spouse);
      CafScopeRule.Decision d = decide(h, p);
      Staged.Flow flow =
          new Staged.Flow(
              h.claimNumber(),
              h.state().code(),
              h.suspensionReason(),
              h.benefitKind(),
              flowDate,
              h.hasSpouse(),
              h.children(),
              p.entrant(),
              d.followed(),
              d.exitReason(),
              d.followed() ? null : d.why(),
              kept);
      try {
        people.add(
            d.followed()
                ? followed(h, p, flow, findable ? print(digest, p, count) : null)
                : identity(h, p, flow));
        if (!d.followed()) {
          lines.add(new Problem(h.ordinal(), column, d.why(), Problem.Kind.OUT_OF_SCOPE));
        }
      } catch (InvalidInputException e) {
        for (FieldError err : e.errors()) {
          lines.add(new Problem(h.ordinal(), column + " — " + err.field(), err.message()));
        }
      }
    }
  }

  /** Whether the claimant or spouse of a household is out of the département's scope. */
  private boolean someoneOut(FlowHousehold h) {
    for (FlowPerson p : h.persons()) {
      if ((p.role() == FlowPerson.Role.DEM || p.role() == FlowPerson.Role.CJT)
          && !decide(h, p).followed()) {
        return true;
      }
    }
    return false;
  }

  /** A person followed: checked by the platform's own rules, like a row of a list. */
  private Staged followed(FlowHousehold h, FlowPerson p, Staged.Flow flow, byte[] print) {
    FlowHousehold.Address a = h.address();
    // the flow does not date the start of rights and duties; the CAF's "entrant" flag says it is
    // this month's flow: then the flow's date is that start, else it stays unknown (the delays
    // count from the claim, which the flow gives)
    LocalDate rightsAndDuties = Boolean.TRUE.equals(p.entrant()) ? flow.flowDate() : null;
    BeneficiaryDetails details =
        BeneficiaryDetails.validate(
            new BeneficiaryDraft(
                p.civility() == null ? null : p.civility().name(),
                p.lastName(),
                p.birthName(),
                p.firstNames(),
                p.birthDate(),
                h.cafNumber(),
                p.role().name(),
                p.nir(),
                null,
                null,
                a == null ? null : a.line(),
                a == null ? null : a.complement(),
                a == null ? null : a.postalCode(),
                a == null ? null : a.communeName(),
                a == null ? null : a.communeInsee(),
                null,
                h.claimDate(),
                rightsAndDuties == null
                        || (h.claimDate() != null && rightsAndDuties.isBefore(h.claimDate()))
                    ? null
                    : rightsAndDuties),
            tenant,
            today);
    return Staged.of(
        FlowRows.row(h.ordinal(), p.role() == FlowPerson.Role.CJT),
        details,
        details.nir().map(protector).orElse(null),
        today,
        Staged.Extra.NONE,
        flow,
        print);
  }

  /**
   * A person out of scope: only what finds them among the people followed (NIR, CAF number, role,
   * birth date); nothing else of theirs is written.
   */
  private Staged identity(FlowHousehold h, FlowPerson p, Staged.Flow flow) {
    CafNumber caf = CafNumber.parse(h.cafNumber());
    ProtectedNir nir = p.nir() == null ? null : protector.apply(Nir.parse("nir", p.nir()));
    String role = p.role() == FlowPerson.Role.CJT ? "PARTNER" : "CLAIMANT";
    return new Staged(
        FlowRows.row(h.ordinal(), p.role() == FlowPerson.Role.CJT),
        null,
        p.lastName(),
        null,
        p.firstNames(),
        p.birthDate(),
        null,
        null,
        caf.value(),
        role,
        nir == null ? null : nir.cipher(),
        nir == null ? null : nir.hash(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        h.claimDate(),
        null,
        null,
        null,
        null,
        null,
        null,
        "",
        flow,
        null);
  }
}
