import { cellAddress, rangeAddress } from "../../../src/core/report/cellAddress";

test("cell addresses: letters past Z, absolute form", () => {
  expect(cellAddress(0, 0)).toBe("A1");
  expect(cellAddress(6, 25)).toBe("Z7");
  expect(cellAddress(6, 26)).toBe("AA7");
  expect(cellAddress(6, 27)).toBe("AB7");
  // 16384 columns end at XFD: (24×26 + 6)×26 + 4 = 16384
  expect(cellAddress(1048575, 16383)).toBe("XFD1048576");
  expect(cellAddress(1, 1, true)).toBe("$B$2");
});

test("range addresses; one cell stays one cell", () => {
  expect(rangeAddress(5, 0, 9, 3)).toBe("A6:D10");
  expect(rangeAddress(20, 0, 20, 0)).toBe("A21");
});
