package fr.aiguillage.beneficiary;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * What the CAF's (or MSA's) beneficiaries flow last said of the person's right and household, and
 * the person's exit from the RSA's rights and duties; written by the import only (read-only here).
 */
@Embeddable
public class RsaRight {
  static final RsaRight NONE = new RsaRight();

  @Column(name = "rsa_claim_number", insertable = false, updatable = false)
  private String claimNumber;

  @Column(name = "right_state", insertable = false, updatable = false)
  private Integer state;

  @Column(name = "suspension_reason", insertable = false, updatable = false)
  private String suspensionReason;

  @Column(name = "benefit_kind", insertable = false, updatable = false)
  private String benefitKind;

  @Column(name = "flow_date", insertable = false, updatable = false)
  private LocalDate flowDate;

  @Column(name = "has_partner", insertable = false, updatable = false)
  private Boolean hasPartner;

  @Column(name = "children", insertable = false, updatable = false)
  private Integer children;

  @Column(name = "caf_entrant", insertable = false, updatable = false)
  private Boolean entrant;

  @Column(name = "exit_date", insertable = false, updatable = false)
  private LocalDate exitDate;

  @Column(name = "exit_reason", insertable = false, updatable = false)
  private String exitReason;

  @Column(name = "department_file_id", insertable = false, updatable = false)
  private String departmentFileId;

  @Column(name = "listed_structure", insertable = false, updatable = false)
  private String listedStructure;

  protected RsaRight() {}

  public String claimNumber() {
    return claimNumber;
  }

  /** ETATDOSRSA: 0 to 6 (REFERENCE §6.2), null before any flow. */
  public Integer state() {
    return state;
  }

  public String suspensionReason() {
    return suspensionReason;
  }

  public String benefitKind() {
    return benefitKind;
  }

  public LocalDate flowDate() {
    return flowDate;
  }

  public Boolean hasPartner() {
    return hasPartner;
  }

  public Integer children() {
    return children;
  }

  public Boolean entrant() {
    return entrant;
  }

  public LocalDate exitDate() {
    return exitDate;
  }

  public String exitReason() {
    return exitReason;
  }

  /** The file's number in the département's own software (IODAS, Solis…), if a list gave it. */
  public String departmentFileId() {
    return departmentFileId;
  }

  /** The structure a département's list named for the person (kept as written). */
  public String listedStructure() {
    return listedStructure;
  }

  /** The state's meaning, in French (REFERENCE §6.2). */
  public static String stateLabel(Integer state) {
    if (state == null) {
      return null;
    }
    return switch (state) {
      case 0 -> "Nouvelle demande en attente de décision";
      case 1 -> "Droit refusé";
      case 2 -> "Droit ouvert et versable";
      case 3 -> "Droit ouvert et suspendu";
      case 4 -> "Droit ouvert, versement suspendu";
      case 5 -> "Droit clos";
      case 6 -> "Droit clos sur un mois antérieur";
      default -> "État " + state;
    };
  }
}
