// Mock back end of <form-finder>: filled in with the widget.
export const formFinderRoutes = [];
