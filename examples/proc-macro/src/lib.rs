use proc_macro::TokenStream;
use proc_macro2::Span;
use quote::quote;
use syn::{parse_macro_input, Data, DeriveInput, Fields, LitStr};

/// `#[derive(Describe)]` adds `fn describe() -> &'static str`, e.g.
/// `"Stats { threads, total }"`.
#[proc_macro_derive(Describe)]
pub fn derive_describe(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    let name = &input.ident;
    let fields: Vec<String> = match &input.data {
        Data::Struct(s) => match &s.fields {
            Fields::Named(f) => f.named.iter().filter_map(|f| f.ident.as_ref()).map(|i| i.to_string()).collect(),
            Fields::Unnamed(f) => (0..f.unnamed.len()).map(|i| i.to_string()).collect(),
            Fields::Unit => Vec::new(),
        },
        Data::Enum(e) => e.variants.iter().map(|v| v.ident.to_string()).collect(),
        Data::Union(_) => {
            return syn::Error::new(Span::call_site(), "Describe does not support unions").to_compile_error().into();
        }
    };
    let text = LitStr::new(&format!("{} {{ {} }}", name, fields.join(", ")), Span::call_site());
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    quote! {
        impl #impl_generics #name #ty_generics #where_clause {
            pub fn describe() -> &'static str { #text }
        }
    }
    .into()
}
