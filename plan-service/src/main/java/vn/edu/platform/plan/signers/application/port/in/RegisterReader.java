package vn.edu.platform.plan.signers.application.port.in;

import java.util.Set;

/**
 * Who reads the register: the whole province (department staff, an entitled system), or the units
 * of the caller (a school its own signers, a commune officer the commune's and its schools').
 *
 * @param unitCodes the units whose entries the caller reads, when not province-wide
 */
public record RegisterReader(boolean provinceWide, Set<String> unitCodes) {

  public RegisterReader {
    unitCodes = Set.copyOf(unitCodes);
  }

  public static RegisterReader province() {
    return new RegisterReader(true, Set.of());
  }

  /** Whether the caller reads the entries of {@code unitCode}. */
  public boolean reads(String unitCode) {
    return provinceWide || unitCodes.contains(unitCode);
  }
}
