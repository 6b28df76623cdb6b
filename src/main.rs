//! Entry point: on wasm, mounts the yew app; natively, explains how to build.

#[cfg(target_arch = "wasm32")]
fn main() {
    ev_atlas::web::first::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ev-atlas is a browser app: build it with `make serve` (trunk, wasm32). Native builds only run tests.");
}
