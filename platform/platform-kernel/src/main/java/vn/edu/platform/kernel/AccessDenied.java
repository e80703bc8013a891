package vn.edu.platform.kernel;

/**
 * The caller's role allows the action, but not on this organisation unit (a school's data by
 * another school, an approval outside the officer's commune): 403 {@code forbidden-org-unit} naming
 * the unit.
 */
public non-sealed class AccessDenied extends ApplicationException {

  public static final String ORG_UNIT_CODE = "forbidden-org-unit";

  private final String unitCode;

  public AccessDenied(String unitCode) {
    super(ORG_UNIT_CODE, "outside the caller's scope: " + unitCode, unitCode);
    this.unitCode = unitCode;
  }

  public String unitCode() {
    return unitCode;
  }
}
