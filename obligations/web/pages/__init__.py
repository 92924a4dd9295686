"""The pages, one module per page; each a thin face over the service's and the library's calls."""
