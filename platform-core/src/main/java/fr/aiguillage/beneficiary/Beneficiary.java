package fr.aiguillage.beneficiary;

import fr.aiguillage.persistence.NullableUuidConverter;
import fr.aiguillage.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A person receiving the RSA, followed by one département: the aggregate root of the file. */
@Entity
@Table(name = "beneficiary")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Beneficiary {
  @Id
  @Column(name = "id")
  private UUID id;

  @Version
  @Column(name = "version")
  private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "civility")
  private Civility civility;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  @Column(name = "birth_name")
  private String birthName;

  @Column(name = "first_names", nullable = false)
  private String firstNames;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(name = "birth_year")
  private Integer birthYear;

  @Column(name = "birth_month")
  private Integer birthMonth;

  @Column(name = "caf_number", nullable = false)
  private String cafNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "household_role", nullable = false)
  private HouseholdRole householdRole;

  @Column(name = "nir_cipher")
  private String nirCipher;

  @Column(name = "nir_hash")
  private String nirHash;

  @Column(name = "email")
  private String email;

  @Column(name = "phone")
  private String phone;

  @Embedded private Address address;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "territory_id")
  private UUID territoryId;

  @Column(name = "rsa_claim_date")
  private LocalDate rsaClaimDate;

  @Column(name = "listed_on", nullable = false)
  private LocalDate listedOn;

  @Column(name = "rights_duties_start")
  private LocalDate rightsAndDutiesStart;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private BeneficiaryStatus status;

  @Column(name = "search_key", nullable = false)
  private String searchKey;

  @Embedded private RsaRight right;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Beneficiary() {}

  public static Beneficiary register(
      UUID id, BeneficiaryDetails details, ProtectedNir nir, Instant now) {
    Beneficiary b = new Beneficiary();
    b.id = id;
    b.createdAt = now;
    b.listedOn = LocalDate.ofInstant(now, BirthMonth.PARIS);
    b.status =
        details.rightsAndDutiesStart() == null
            ? BeneficiaryStatus.INTAKE
            : BeneficiaryStatus.TO_ORIENT;
    b.apply(details, nir, now);
    return b;
  }

  /**
   * Replaces the file's details; the status moves from intake to "to orient" once rights and duties
   * start.
   */
  public void correct(BeneficiaryDetails details, ProtectedNir nir, Instant now) {
    apply(details, nir, now);
    if (status == BeneficiaryStatus.INTAKE && rightsAndDutiesStart != null) {
      status = BeneficiaryStatus.TO_ORIENT;
    }
  }

  /** The summary of where the person's orientation stands, kept by the orientation context. */
  public void summarise(BeneficiaryStatus orientationStatus, Instant now) {
    if (status != orientationStatus) {
      status = orientationStatus;
      updatedAt = now;
    }
  }

  private void apply(BeneficiaryDetails d, ProtectedNir nir, Instant now) {
    civility = d.civility();
    lastName = d.lastName();
    birthName = d.birthName();
    firstNames = d.firstNames();
    birthDate = d.birthDate();
    BirthMonth born =
        BirthMonth.of(
            d.birthDate(), d.nir().orElse(null), LocalDate.ofInstant(now, BirthMonth.PARIS));
    birthYear = born == null ? null : born.year();
    birthMonth = born == null ? null : born.month();
    cafNumber = d.cafNumber().value();
    householdRole = d.householdRole();
    if (nir != null) {
      nirCipher = nir.cipher();
      nirHash = nir.hash();
    } else {
      nirCipher = null;
      nirHash = null;
    }
    email = d.email();
    phone = d.phone();
    address = d.address();
    territoryId = d.territoryId();
    rsaClaimDate = d.rsaClaimDate();
    rightsAndDutiesStart = d.rightsAndDutiesStart();
    searchKey =
        Text.searchKey(lastName + " " + (birthName == null ? "" : birthName + " ") + firstNames);
    updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Civility civility() {
    return civility;
  }

  public String lastName() {
    return lastName;
  }

  public String birthName() {
    return birthName;
  }

  public String firstNames() {
    return firstNames;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  /** The year and month of birth (from the birth date, else the NIR), if known. */
  public BirthMonth birthMonth() {
    return birthYear == null ? null : new BirthMonth(birthYear, birthMonth);
  }

  /** Age in whole years on {@code day}, from the birth date, else the NIR's year and month. */
  public Integer ageOn(LocalDate day) {
    if (birthDate != null) {
      return java.time.Period.between(birthDate, day).getYears();
    }
    BirthMonth m = birthMonth();
    return m == null ? null : m.ageOn(day);
  }

  /** The day the person was first listed: where delays start when no date of the RSA is known. */
  public LocalDate listedOn() {
    return listedOn;
  }

  /** What the CAF's flow last said of the person's right and household; empty before any flow. */
  public RsaRight right() {
    return right == null ? RsaRight.NONE : right;
  }

  public CafNumber cafNumber() {
    return new CafNumber(cafNumber);
  }

  public HouseholdRole householdRole() {
    return householdRole;
  }

  public String nirCipher() {
    return nirCipher;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  public Address address() {
    return address == null ? new Address(null, null, null, null, null) : address;
  }

  public UUID territoryId() {
    return territoryId;
  }

  public LocalDate rsaClaimDate() {
    return rsaClaimDate;
  }

  public LocalDate rightsAndDutiesStart() {
    return rightsAndDutiesStart;
  }

  public BeneficiaryStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
