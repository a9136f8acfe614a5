/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";

describe("App", () => {
  test("shows the add-in's name as the pane heading, light and dark", () => {
    const { unmount } = render(<App />);
    expect(screen.getByRole("heading", { name: "AR Credit Desk" })).toBeTruthy();
    unmount();
    render(<App dark />);
    expect(screen.getByRole("heading", { name: "AR Credit Desk" })).toBeTruthy();
  });
});
